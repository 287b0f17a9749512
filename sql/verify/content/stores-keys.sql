-- verify: the store views (admin included), by code and website.
SELECT s.store_id AS id, s.code, s.name, w.code AS website_code FROM store s LEFT JOIN store_website w ON w.website_id = s.website_id
