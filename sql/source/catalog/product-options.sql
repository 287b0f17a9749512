-- Custom options of a page's products: product_id holds the owner's {{key}} value (entity_id, or row_id in
-- Commerce, where each version has its own copy of the options).
SELECT o.product_id AS owner, o.option_id, o.type, o.is_require, o.sku, o.max_characters, o.file_extension,
       o.image_size_x, o.image_size_y, o.sort_order
FROM `catalog_product_option` o
WHERE o.product_id BETWEEN :lo AND :hi
