-- The stock read model's refresh, set-based: 002 called stock_facts_of once per product and stock (a plan with
-- five subqueries each, some 160,000 calls on a `medium` store) and deleted with `sku = ANY OR product_id = ANY`,
-- which no index served (the primary key starts with stock_id): every batch scanned the growing table. Here the
-- batch's products, their parts and their source lines are each read once, aggregated, and joined per stock;
-- the documents are the same as stock_facts_of's (the suite compares both answers with the row-by-row reading).

CREATE INDEX stock_facts_sku ON stock_facts (sku);
CREATE INDEX product_part_child ON product_part (child_magento_id);

CREATE OR REPLACE FUNCTION refresh_stock_facts(skus text[]) RETURNS void
LANGUAGE plpgsql SET jit = off AS $$
DECLARE
  ids uuid[];
BEGIN
  ids := ARRAY(
    SELECT id FROM product WHERE sku = ANY (skus)
    UNION SELECT pp.parent_id FROM product_part pp JOIN product c ON c.magento_id = pp.child_magento_id WHERE c.sku = ANY (skus));
  DELETE FROM stock_facts f WHERE f.sku = ANY (skus);
  DELETE FROM stock_facts f WHERE f.product_id = ANY (ids);
  WITH me AS (SELECT * FROM stock_product WHERE id = ANY (ids)),
  stocks AS (SELECT magento_id AS id FROM stock UNION SELECT stock_id FROM sales_channel),
  parts AS (
    SELECT pp.parent_id,
           jsonb_agg(jsonb_build_object('optionId', pp.option_id, 'optionRequired', pp.option_required, 'child', to_jsonb(c))
                     ORDER BY pp.option_id, pp.child_magento_id) AS parts
      FROM me JOIN product_part pp ON pp.parent_id = me.id AND pp.kind = me.type
      LEFT JOIN stock_product c ON c.magento_id = pp.child_magento_id
     WHERE me.type IN ('configurable', 'grouped', 'bundle')
     GROUP BY pp.parent_id),
  lines AS (
    SELECT ss.stock_id, si.sku,
           jsonb_agg(jsonb_build_object('code', s.code, 'quantity', si.quantity::text, 'status', si.status, 'enabled', s.enabled, 'priority', ss.priority)
                     ORDER BY ss.priority, s.code) AS sources
      FROM me JOIN source_item si ON si.sku = me.sku
      JOIN stock_source ss ON ss.source_code = si.source_code
      JOIN source s ON s.code = ss.source_code
     GROUP BY ss.stock_id, si.sku),
  cfg AS (
    SELECT (SELECT value FROM stock_config WHERE path = 'cataloginventory/item_options/backorders') AS backorders,
           (SELECT value FROM stock_config WHERE path = 'cataloginventory/item_options/min_qty') AS min_qty)
  INSERT INTO stock_facts (stock_id, sku, product_id, facts)
  SELECT st.id, me.sku, me.id, jsonb_build_object(
           'product', to_jsonb(me),
           'parts', CASE WHEN st.id = 1 AND me.type IN ('configurable', 'grouped', 'bundle') THEN coalesce(parts.parts, '[]') ELSE '[]' END,
           'sources', coalesce(lines.sources, '[]'),
           'backorders', cfg.backorders,
           'minQty', cfg.min_qty)
    FROM me CROSS JOIN stocks st CROSS JOIN cfg
    LEFT JOIN parts ON parts.parent_id = me.id
    LEFT JOIN lines ON lines.stock_id = st.id AND lines.sku = me.sku;
END
$$;

-- 002's per-product builder: nothing calls it any more.
DROP FUNCTION stock_facts_of(integer, uuid);
