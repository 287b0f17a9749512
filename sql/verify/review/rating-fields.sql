-- verify: the sampled ratings: their own fields, and their title in each store view that has one.
SELECT r.rating_id AS id, NULL AS sub, r.rating_code AS title, r.position, r.is_active FROM rating r WHERE r.rating_id IN (:ids)
UNION ALL
SELECT t.rating_id, CONCAT('store=', s.code), t.value, NULL, NULL FROM rating_title t JOIN store s ON s.store_id = t.store_id WHERE t.rating_id IN (:ids)
