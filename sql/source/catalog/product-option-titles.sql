-- Per-store titles of custom options (store 0: the default title).
SELECT o.product_id AS owner, t.option_id, t.store_id, t.title
FROM `catalog_product_option_title` t
JOIN `catalog_product_option` o ON o.option_id = t.option_id
WHERE o.product_id BETWEEN :lo AND :hi
