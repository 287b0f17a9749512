-- Store views (store 0, admin, included) with their website: a customer's store and a subscription's store.
SELECT s.store_id, s.code, s.name, s.website_id
FROM `store` s
WHERE {{raw:after}}
ORDER BY s.store_id
LIMIT :limit
