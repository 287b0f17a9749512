-- Per-store titles of bundle options (store 0: the default title).
SELECT bo.parent_id AS owner, t.option_id, t.store_id, t.title
FROM `catalog_product_bundle_option_value` t
JOIN `catalog_product_bundle_option` bo ON bo.option_id = t.option_id
WHERE bo.parent_id BETWEEN :lo AND :hi
