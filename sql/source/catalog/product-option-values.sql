-- Values of select-kind custom options (drop_down, radio, checkbox, multiple).
SELECT o.product_id AS owner, v.option_type_id, v.option_id, v.sku, v.sort_order
FROM `catalog_product_option_type_value` v
JOIN `catalog_product_option` o ON o.option_id = v.option_id
WHERE o.product_id BETWEEN :lo AND :hi
