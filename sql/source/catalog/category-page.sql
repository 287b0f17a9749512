-- One keyset page of categories; k is the key of the value tables (entity_id in Open Source).
SELECT e.entity_id AS k, e.entity_id, e.attribute_set_id, e.parent_id, e.path, e.position, e.level, e.children_count,
       e.created_at, e.updated_at
FROM `catalog_category_entity` e
WHERE e.entity_id > ?
ORDER BY e.entity_id
LIMIT ?
