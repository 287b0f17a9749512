-- Store views; store_id 0 (admin) is the default scope, not a store view.
SELECT s.store_id, s.code, s.website_id, s.group_id, s.name, s.sort_order, s.is_active
FROM `store` s
WHERE s.store_id > 0
ORDER BY s.store_id
