-- The pricing read model: per product, every fact of a quote that does not depend on the request (its row,
-- its price row per website, all its tier prices, its categories, the rule attributes per website), as one
-- jsonb document, so that GET /pricing/prices/{sku} reads a product and its parts with one indexed query
-- and computes the answer in services/pricing (the date, quantity, website and group decide there).
--
-- Written at load time by refresh_price_facts(ids) inside the transaction of the batch whose rows it derives
-- from (the import calls it after each products batch and, for the products they price, after each tier
-- prices batch), so a killed, resumed or delta run leaves it exactly as current as the rows. The document
-- holds a product's own rows only: its links (configurable children and parents, grouped members, bundle
-- selections) are read from their tables at request time, so a part loaded in a later batch than its
-- parent never leaves a stale copy behind. services/pricing/repository.ts reads the same facts row by row
-- (the assembly this replaces); the suite compares the two answers.
--
-- Money and quantities stay exact: every numeric is stored as its text, never as a JSON number.

CREATE TABLE price_facts (
  product_id uuid PRIMARY KEY,
  sku text NOT NULL UNIQUE,
  facts jsonb NOT NULL
);

CREATE FUNCTION price_facts_of(p_id uuid) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object(
    'id', p.id, 'magentoId', p.magento_id, 'sku', p.sku, 'type', p.type, 'attributeSetId', p.attribute_set_id,
    'requiredOptions', p.required_options, 'bundlePriceType', p.bundle_price_type, 'inStock', p.in_stock,
    -- website_id (as text) -> its price row
    'websites', (SELECT coalesce(jsonb_object_agg(pp.website_id::text, jsonb_build_object(
        'currency', pp.currency::text, 'enabled', pp.enabled, 'price', pp.price::text, 'specialPrice', pp.special_price::text,
        'specialFrom', to_char(pp.special_from_date, 'YYYY-MM-DD'), 'specialTo', to_char(pp.special_to_date, 'YYYY-MM-DD'),
        'cost', pp.cost::text, 'msrp', pp.msrp::text)), '{}')
      FROM product_price pp WHERE pp.product_id = p.id),
    -- every website's rows (0: all websites), in the order the quote lists them
    'tiers', (SELECT coalesce(jsonb_agg(jsonb_build_object('magentoId', t.magento_id, 'websiteId', t.website_id, 'allGroups', t.all_groups,
        'customerGroupId', t.customer_group_id, 'qty', t.qty::text, 'value', t.value::text, 'percentageValue', t.percentage_value::text)
        ORDER BY t.qty, t.magento_id), '[]')
      FROM tier_price t WHERE t.product_id = p.id),
    'categoryIds', (SELECT coalesce(jsonb_agg(c.category_id ORDER BY c.category_id), '[]') FROM product_category c WHERE c.product_id = p.id),
    -- website_id (as text) -> attribute_code -> value
    'attributes', (SELECT coalesce(jsonb_object_agg(a.website_id::text, a.vals), '{}')
      FROM (SELECT website_id, jsonb_object_agg(attribute_code, value) AS vals FROM product_attribute WHERE product_id = p.id GROUP BY website_id) a)
  )
  FROM product p WHERE p.id = p_id
$$;

CREATE FUNCTION refresh_price_facts(ids uuid[]) RETURNS void
LANGUAGE sql AS $$
  DELETE FROM price_facts WHERE product_id = ANY (ids);
  INSERT INTO price_facts (product_id, sku, facts)
  SELECT p.id, p.sku, price_facts_of(p.id) FROM product p WHERE p.id = ANY (ids);
$$;

-- A database migrated before this read model existed gets it now (a fresh one has no products yet).
SELECT refresh_price_facts(ARRAY(SELECT id FROM product));
