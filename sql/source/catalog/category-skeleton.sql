-- The category tree's shape (current versions in Commerce), read once per run to find orphans: a category
-- whose parent or an ancestor is missing cannot be placed in the tree.
SELECT e.entity_id, e.parent_id, e.path, e.level
FROM `catalog_category_entity` e
WHERE 1 = 1 {{raw:current_e}}
ORDER BY e.entity_id
