-- Websites (website 0, admin, included: customers made in the admin may belong to it).
SELECT w.website_id, w.code, w.name
FROM `store_website` w
WHERE {{raw:after}}
ORDER BY w.website_id
LIMIT :limit
