SELECT COUNT(*) AS n
FROM `eav_attribute` a
WHERE a.entity_type_id IN (:types)
