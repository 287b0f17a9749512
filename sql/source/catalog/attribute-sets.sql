SELECT s.attribute_set_id, s.entity_type_id, s.attribute_set_name, s.sort_order
FROM `eav_attribute_set` s
WHERE s.entity_type_id IN (:types) AND {{raw:after}}
ORDER BY s.attribute_set_id
LIMIT :limit
