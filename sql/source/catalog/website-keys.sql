-- One keyset page of store_website ids: the rows themselves come from the store tree read once per run.
SELECT w.website_id FROM `store_website` w
WHERE w.website_id > 0 AND {{raw:after}}
ORDER BY w.website_id
LIMIT :limit
