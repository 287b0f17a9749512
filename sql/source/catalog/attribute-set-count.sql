SELECT COUNT(*) AS n
FROM `eav_attribute_set` s
WHERE s.entity_type_id IN (:types)
