-- The whole category tree's shape (ids, parents, paths): a small lookup read once per run, so every batch can
-- tell a category whose parent or ancestor is missing (DANGLING_REFERENCE) without another query.
SELECT e.entity_id, e.parent_id, e.path, e.level
FROM `catalog_category_entity` e
ORDER BY e.entity_id
