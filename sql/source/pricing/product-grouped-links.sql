-- Grouped products' members (link type 3; product_id: the owner's entity_id or row_id, linked_product_id: the member's entity_id).
SELECT l.product_id AS owner, l.linked_product_id AS child_id
FROM `catalog_product_link` l
JOIN `catalog_product_link_type` t ON t.link_type_id = l.link_type_id AND t.code = 'super'
WHERE l.product_id BETWEEN :lo AND :hi
