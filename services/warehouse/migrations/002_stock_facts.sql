-- The warehouse read model, so that GET /warehouse/stock/{sku} is one indexed lookup:
--
--  * stock_facts: per stock and SKU, what its answer is computed from besides reservations: the product and its
--    stock item, a composite's parts (the default stock's legacy index needs them), the stock's source lines
--    of the SKU, and the two settings the rules read. services/warehouse/salable.ts computes the answer.
--  * reservation_total: per stock and SKU, the sum of its reservations (MSI sums them at every read; a hot SKU
--    has thousands), kept by POST /warehouse/reservations in its transaction, under its lock.
--
-- The import keeps both in step inside the transaction of each batch whose rows they derive from (products,
-- source items, sources, stocks, reservations: refresh_stock_facts, refresh_reservation_totals), recomputing
-- them from the rows, so a killed, resumed or delta run leaves them exactly as current as the rows.
-- services/warehouse/repository.ts reads the same facts row by row; the suite compares the two answers.

CREATE TABLE stock_facts (
  stock_id integer NOT NULL,
  sku text NOT NULL,
  product_id uuid NOT NULL,
  facts jsonb NOT NULL,
  PRIMARY KEY (stock_id, sku)
);
CREATE INDEX stock_facts_product ON stock_facts (product_id);

CREATE TABLE reservation_total (
  stock_id integer NOT NULL,
  sku text NOT NULL,
  quantity numeric NOT NULL,
  PRIMARY KEY (stock_id, sku)
);

-- A product as services/warehouse/repository.ts (PRODUCT_SQL) reads it, column for column.
CREATE VIEW stock_product AS
SELECT p.id, p.magento_id, p.sku, p.type, p.enabled, p.required_options,
       si.qty::text AS qty, si.is_in_stock, si.manage_stock, si.min_qty::text AS min_qty, si.backorders,
       (si.use_config->>'backorders')::boolean AS use_config_backorders, si.raw_min_qty::text AS raw_min_qty, si.product_id IS NOT NULL AS has_item
  FROM product p LEFT JOIN stock_item si ON si.product_id = p.id;

CREATE FUNCTION stock_facts_of(p_stock integer, p_id uuid) RETURNS jsonb
LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_object(
    'product', to_jsonb(me),
    'parts', CASE WHEN p_stock = 1 AND me.type IN ('configurable', 'grouped', 'bundle') THEN (
      SELECT coalesce(jsonb_agg(jsonb_build_object('optionId', pp.option_id, 'optionRequired', pp.option_required,
               'child', (SELECT to_jsonb(c) FROM stock_product c WHERE c.magento_id = pp.child_magento_id))
             ORDER BY pp.option_id, pp.child_magento_id), '[]')
        FROM product_part pp WHERE pp.parent_id = me.id AND pp.kind = me.type) ELSE '[]' END,
    'sources', (SELECT coalesce(jsonb_agg(jsonb_build_object('code', s.code, 'quantity', si.quantity::text, 'status', si.status, 'enabled', s.enabled, 'priority', ss.priority)
                  ORDER BY ss.priority, s.code), '[]')
                  FROM stock_source ss JOIN source s ON s.code = ss.source_code
                  JOIN source_item si ON si.source_code = ss.source_code AND si.sku = me.sku
                 WHERE ss.stock_id = p_stock),
    'backorders', (SELECT value FROM stock_config WHERE path = 'cataloginventory/item_options/backorders'),
    'minQty', (SELECT value FROM stock_config WHERE path = 'cataloginventory/item_options/min_qty'))
  FROM stock_product me WHERE me.id = p_id
$$;

-- The facts of these SKUs' products and of the composites they are parts of, in every stock a request can
-- name (a stock row, or a website's sales channel).
CREATE FUNCTION refresh_stock_facts(skus text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[];
BEGIN
  ids := ARRAY(
    SELECT id FROM product WHERE sku = ANY (skus)
    UNION SELECT pp.parent_id FROM product_part pp JOIN product c ON c.magento_id = pp.child_magento_id WHERE c.sku = ANY (skus));
  DELETE FROM stock_facts f WHERE f.sku = ANY (skus) OR f.product_id = ANY (ids);
  INSERT INTO stock_facts (stock_id, sku, product_id, facts)
  SELECT st.id, p.sku, p.id, stock_facts_of(st.id, p.id)
    FROM product p CROSS JOIN (SELECT magento_id AS id FROM stock UNION SELECT stock_id FROM sales_channel) st
   WHERE p.id = ANY (ids);
END
$$;

-- After sources, stocks or settings change: every document already built (none during a first run).
CREATE FUNCTION refresh_built_stock_facts() RETURNS void
LANGUAGE sql AS $$
  SELECT refresh_stock_facts(ARRAY(SELECT DISTINCT sku FROM stock_facts));
$$;

-- The totals of these (stock, SKU) pairs, from the reservation rows.
CREATE FUNCTION refresh_reservation_totals(stock_ids integer[], skus text[]) RETURNS void
LANGUAGE sql AS $$
  DELETE FROM reservation_total t USING unnest(stock_ids, skus) AS x (stock_id, sku) WHERE t.stock_id = x.stock_id AND t.sku = x.sku;
  INSERT INTO reservation_total (stock_id, sku, quantity)
  SELECT r.stock_id, r.sku, sum(r.quantity) FROM reservation r
   WHERE (r.stock_id, r.sku) IN (SELECT * FROM unnest(stock_ids, skus))
   GROUP BY r.stock_id, r.sku;
$$;

-- A database migrated before this read model existed gets it now (a fresh one has no rows yet).
SELECT refresh_stock_facts(ARRAY(SELECT sku FROM product));
SELECT refresh_reservation_totals(ARRAY(SELECT stock_id FROM reservation), ARRAY(SELECT sku FROM reservation));
