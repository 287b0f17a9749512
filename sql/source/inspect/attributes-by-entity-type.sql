-- Attributes per entity type: system (is_user_defined = 0) and user-defined (created in the admin).
SELECT t.entity_type_id, t.entity_type_code,
       COALESCE(SUM(a.is_user_defined = 0), 0) AS system_count,
       COALESCE(SUM(a.is_user_defined <> 0), 0) AS user_defined_count,
       COUNT(a.attribute_id) AS total
FROM `eav_entity_type` t
LEFT JOIN `eav_attribute` a ON a.entity_type_id = t.entity_type_id
GROUP BY t.entity_type_id, t.entity_type_code
ORDER BY t.entity_type_id
