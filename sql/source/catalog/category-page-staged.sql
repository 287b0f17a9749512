-- Adobe Commerce: keyset on row_id (the value tables' key), current versions only, so a page's values are
-- one row_id range; entity_id stays the stable id.
SELECT e.row_id AS k, e.entity_id, e.attribute_set_id, e.parent_id, e.path, e.position, e.level, e.children_count,
       e.created_at, e.updated_at
FROM `catalog_category_entity` e
WHERE e.row_id > ? AND e.created_in <= ? AND e.updated_in > ?
ORDER BY e.row_id
LIMIT ?
