-- Adobe Commerce: the same for the version current at the staging version v (created_in <= v < updated_in);
-- parent_id and path hold entity_ids (the stable ids), not row_ids.
SELECT e.entity_id, e.parent_id, e.path, e.level
FROM `catalog_category_entity` e
WHERE e.created_in <= ? AND e.updated_in > ?
ORDER BY e.entity_id
