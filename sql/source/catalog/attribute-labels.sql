SELECT l.attribute_id, l.store_id, l.value
FROM `eav_attribute_label` l
WHERE l.attribute_id IN (:ids)
ORDER BY l.attribute_id, l.store_id
