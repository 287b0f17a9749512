-- Per-store prices of custom option values: read for the pricing service (not stored in the catalog).
SELECT o.product_id AS owner, pr.option_type_id, pr.store_id, pr.price, pr.price_type
FROM `catalog_product_option_type_price` pr
JOIN `catalog_product_option_type_value` v ON v.option_type_id = pr.option_type_id
JOIN `catalog_product_option` o ON o.option_id = v.option_id
WHERE o.product_id BETWEEN :lo AND :hi
