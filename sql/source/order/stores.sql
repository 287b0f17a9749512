-- Store views with their website's code (the order service's own store list). Store 0 (admin) included:
-- orders placed in the admin are rare, but labels and sequences exist for it.
SELECT s.store_id, s.code, s.name, s.website_id, w.code AS website_code, s.group_id
FROM store s
LEFT JOIN store_website w ON w.website_id = s.website_id
WHERE {{raw:after}}
ORDER BY s.store_id
LIMIT :limit
