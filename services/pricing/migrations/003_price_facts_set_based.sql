-- The price read model's refresh, set-based: 002 called price_facts_of once per product (its four sub-selects
-- planned and run per call), 1.9 s of Postgres for the 40,576 products of `medium`. Here the batch's products
-- are read once and each part joined LATERAL by its index (a join of aggregated sets would be planned as
-- whole-table scans: the tables have no statistics during an import). The documents are those price_facts_of
-- built (the suite compares the served answers with the row-by-row reading).

CREATE OR REPLACE FUNCTION refresh_price_facts(ids uuid[]) RETURNS void
LANGUAGE sql SET jit = off AS $$
  DELETE FROM price_facts WHERE product_id = ANY (ids);
  INSERT INTO price_facts (product_id, sku, facts)
  SELECT p.id, p.sku, jsonb_build_object(
    'id', p.id, 'magentoId', p.magento_id, 'sku', p.sku, 'type', p.type, 'attributeSetId', p.attribute_set_id,
    'requiredOptions', p.required_options, 'bundlePriceType', p.bundle_price_type, 'inStock', p.in_stock,
    'websites', w.websites, 'tiers', t.tiers, 'categoryIds', c.category_ids, 'attributes', a.attributes)
  FROM product p
  CROSS JOIN LATERAL (
    SELECT coalesce(jsonb_object_agg(pp.website_id::text, jsonb_build_object(
        'currency', pp.currency::text, 'enabled', pp.enabled, 'price', pp.price::text, 'specialPrice', pp.special_price::text,
        'specialFrom', to_char(pp.special_from_date, 'YYYY-MM-DD'), 'specialTo', to_char(pp.special_to_date, 'YYYY-MM-DD'),
        'cost', pp.cost::text, 'msrp', pp.msrp::text)), '{}') AS websites
      FROM product_price pp WHERE pp.product_id = p.id) w
  CROSS JOIN LATERAL (
    SELECT coalesce(jsonb_agg(jsonb_build_object('magentoId', t.magento_id, 'websiteId', t.website_id, 'allGroups', t.all_groups,
        'customerGroupId', t.customer_group_id, 'qty', t.qty::text, 'value', t.value::text, 'percentageValue', t.percentage_value::text)
        ORDER BY t.qty, t.magento_id), '[]') AS tiers
      FROM tier_price t WHERE t.product_id = p.id) t
  CROSS JOIN LATERAL (
    SELECT coalesce(jsonb_agg(pc.category_id ORDER BY pc.category_id), '[]') AS category_ids
      FROM product_category pc WHERE pc.product_id = p.id) c
  CROSS JOIN LATERAL (
    SELECT coalesce(jsonb_object_agg(x.website_id::text, x.vals), '{}') AS attributes
      FROM (SELECT website_id, jsonb_object_agg(attribute_code, value) AS vals
              FROM product_attribute WHERE product_id = p.id GROUP BY website_id) x) a
  WHERE p.id = ANY (ids);
$$;

-- 002's per-product builder: nothing calls it any more.
DROP FUNCTION price_facts_of(uuid);
