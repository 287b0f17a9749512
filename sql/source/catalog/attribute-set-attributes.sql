SELECT ea.attribute_set_id, ea.attribute_group_id, ea.attribute_id, ea.sort_order
FROM `eav_entity_attribute` ea
WHERE ea.attribute_set_id IN (:ids)
ORDER BY ea.attribute_set_id, ea.attribute_id
