-- Configurable children (parent_id: the parent's entity_id, or row_id in Commerce; product_id: the child's entity_id).
SELECT sl.parent_id AS owner, sl.product_id AS child_id FROM `catalog_product_super_link` sl WHERE sl.parent_id BETWEEN :lo AND :hi
