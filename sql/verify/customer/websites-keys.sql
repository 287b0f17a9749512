-- verify: the websites (admin included), by code.
SELECT w.website_id AS id, w.code, w.name FROM store_website w
