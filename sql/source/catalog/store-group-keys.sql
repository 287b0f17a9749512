-- One keyset page of store_group ids: the rows themselves come from the store tree read once per run.
SELECT g.group_id FROM `store_group` g
WHERE g.group_id > 0 AND {{raw:after}}
ORDER BY g.group_id
LIMIT :limit
