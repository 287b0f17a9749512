-- Per-store titles of custom option values (store 0: the default title).
SELECT o.product_id AS owner, t.option_type_id, t.store_id, t.title
FROM `catalog_product_option_type_title` t
JOIN `catalog_product_option_type_value` v ON v.option_type_id = t.option_type_id
JOIN `catalog_product_option` o ON o.option_id = v.option_id
WHERE o.product_id BETWEEN :lo AND :hi
