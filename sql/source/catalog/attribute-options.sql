SELECT o.option_id, o.attribute_id, o.sort_order
FROM `eav_attribute_option` o
WHERE o.attribute_id IN (:ids)
ORDER BY o.option_id
