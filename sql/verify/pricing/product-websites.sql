-- verify: SKU per website the product is in (one price scope each), current versions in Commerce.
SELECT e.entity_id AS id, e.sku, w.code AS website FROM catalog_product_entity e
JOIN catalog_product_website pw ON pw.product_id = e.entity_id JOIN store_website w ON w.website_id = pw.website_id
WHERE 1 = 1 {{raw:current_e}}
