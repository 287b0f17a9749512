-- Website ids, one keyset page (a handful of rows on any store).
SELECT w.website_id FROM `store_website` w WHERE {{raw:after}} AND w.website_id > 0 ORDER BY w.website_id LIMIT :limit
