SELECT s.store_id, s.group_id, s.website_id, s.code, s.name, s.is_active, s.sort_order
FROM `store` s
ORDER BY s.website_id, s.group_id, s.sort_order, s.store_id
