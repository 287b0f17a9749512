-- verify: every rating, by code.
SELECT r.rating_id AS id, r.rating_code AS code FROM rating r
