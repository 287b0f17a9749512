-- Store views with their website, store 0 (the admin scope: "all store views") included. A small table: one page.
SELECT s.store_id, s.code, s.name, s.website_id, w.code AS website_code, s.is_active
FROM `store` s
LEFT JOIN `store_website` w ON w.website_id = s.website_id
WHERE {{raw:after}}
ORDER BY s.store_id
LIMIT :limit
