-- Gallery entries of a page's products: {{key}} is entity_id (Open Source) or row_id (Commerce).
SELECT ve.{{key}} AS owner, g.value_id, g.attribute_id, g.value AS file, g.media_type, g.disabled
FROM `catalog_product_entity_media_gallery_value_to_entity` ve
JOIN `catalog_product_entity_media_gallery` g ON g.value_id = ve.value_id
WHERE ve.{{key}} BETWEEN :lo AND :hi
