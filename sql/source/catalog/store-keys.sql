-- One keyset page of store ids: the rows themselves come from the store tree read once per run.
SELECT s.store_id FROM `store` s
WHERE s.store_id > 0 AND {{raw:after}}
ORDER BY s.store_id
LIMIT :limit
