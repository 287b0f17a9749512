-- verify: the sampled regions' country, code and default name.
SELECT r.region_id AS id, r.country_id AS country_code, r.code, r.default_name FROM directory_country_region r WHERE r.region_id IN (:ids)
