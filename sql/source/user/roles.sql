-- The group roles (role_type G): the role tree staff users hang from. A small table: one page.
SELECT r.role_id, r.parent_id, r.tree_level, r.sort_order, r.role_name
FROM `authorization_role` r
WHERE r.role_type = 'G' AND {{raw:after}}
ORDER BY r.role_id
LIMIT :limit
