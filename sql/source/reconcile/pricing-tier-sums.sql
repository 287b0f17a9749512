-- Reconciliation: tier price rows and the sum of their values per website_id (0: all websites).
SELECT t.website_id, COUNT(*) AS n, SUM(t.value) AS total
FROM `catalog_product_entity_tier_price` t {{raw:tier_join}} `catalog_product_entity` p ON p.{{key}} = t.{{key}} {{raw:current}}
GROUP BY t.website_id ORDER BY t.website_id
