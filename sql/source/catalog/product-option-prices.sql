-- Per-store prices of custom options: read for the pricing service (not stored in the catalog).
SELECT o.product_id AS owner, pr.option_id, pr.store_id, pr.price, pr.price_type
FROM `catalog_product_option_price` pr
JOIN `catalog_product_option` o ON o.option_id = pr.option_id
WHERE o.product_id BETWEEN :lo AND :hi
