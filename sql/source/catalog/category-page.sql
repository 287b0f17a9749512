-- One keyset page of categories. {{key}} is entity_id (Open Source) or row_id (Adobe Commerce, where only the
-- version current at the run's staging version is read: {{raw:current_e}}); entity_id stays the stable id.
SELECT e.{{key}} AS k, e.entity_id, e.attribute_set_id, e.parent_id, e.path, e.position, e.level, e.children_count,
       e.created_at, e.updated_at
FROM `catalog_category_entity` e
WHERE {{raw:after}} {{raw:current_e}}
ORDER BY e.{{key}}
LIMIT :limit
