-- Per-store labels of super attributes (store 0: the default; use_default = 1 means "the attribute's label").
SELECT sa.product_id AS owner, l.product_super_attribute_id, l.store_id, l.use_default, l.value
FROM `catalog_product_super_attribute_label` l
JOIN `catalog_product_super_attribute` sa ON sa.product_super_attribute_id = l.product_super_attribute_id
WHERE sa.product_id BETWEEN :lo AND :hi
