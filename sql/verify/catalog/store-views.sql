-- verify: the store views and their websites.
SELECT s.store_id, s.code, s.name, s.website_id, w.code AS website_code, w.name AS website_name
FROM `store` s JOIN `store_website` w ON w.website_id = s.website_id
WHERE s.store_id > 0
ORDER BY s.store_id
