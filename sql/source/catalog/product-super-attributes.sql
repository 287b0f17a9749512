-- Configurable products' super attributes (product_id: the owner's entity_id, or row_id in Commerce).
SELECT sa.product_id AS owner, sa.product_super_attribute_id, sa.attribute_id, sa.position
FROM `catalog_product_super_attribute` sa
WHERE sa.product_id BETWEEN :lo AND :hi
