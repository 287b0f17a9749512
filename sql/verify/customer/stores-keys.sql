-- verify: the store views (admin included), by code and website.
SELECT s.store_id AS id, s.code, s.name, s.website_id FROM store s
