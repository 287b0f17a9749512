-- verify: the websites (admin excluded) with their base currency.
SELECT w.website_id AS id, w.code FROM store_website w WHERE w.website_id > 0
