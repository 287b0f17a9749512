-- Store views with their website and their group's root category (which category tree they list).
SELECT s.store_id, s.website_id, g.root_category_id
FROM `store` s
JOIN `store_group` g ON g.group_id = s.group_id
WHERE s.store_id > 0
ORDER BY s.store_id
