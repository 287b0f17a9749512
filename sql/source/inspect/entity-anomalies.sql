-- Anomalies outside the value tables, in one statement:
--  zero_dob: customer_entity.dob of 0000-00-00 (or a zero month/day), which Postgres rejects;
--  without_sku / duplicate_sku: distinct entity_id, so Commerce row versions of one product count once;
--    duplicates are the products beyond the first per sku (the sku column's collation decides equality,
--    as it does for Magento's own lookups);
--  orphan_items: order lines whose product was deleted (product_id kept, catalog row gone).
SELECT
  (SELECT COUNT(*) FROM `customer_entity` c
    WHERE MONTH(c.dob) = 0 OR DAYOFMONTH(c.dob) = 0) AS zero_dob,
  (SELECT COUNT(DISTINCT p.entity_id) FROM `catalog_product_entity` p
    WHERE p.sku IS NULL OR p.sku = '') AS without_sku,
  (SELECT COALESCE(SUM(d.n - 1), 0) FROM (
      SELECT COUNT(DISTINCT p.entity_id) AS n FROM `catalog_product_entity` p
      WHERE p.sku <> '' GROUP BY p.sku HAVING COUNT(DISTINCT p.entity_id) > 1) d) AS duplicate_sku,
  (SELECT COUNT(*) FROM `sales_order_item` i
    WHERE i.product_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM `catalog_product_entity` p WHERE p.entity_id = i.product_id)) AS orphan_items
