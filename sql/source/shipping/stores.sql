-- Store views with their website (requests name the website by its code). A small table: one page.
SELECT s.store_id, s.code, s.name, s.website_id, w.code AS website_code, s.is_active
FROM `store` s
LEFT JOIN `store_website` w ON w.website_id = s.website_id
WHERE {{raw:after}}
ORDER BY s.store_id
LIMIT :limit
