SELECT r.region_id, r.country_id, r.code, r.default_name
FROM `directory_country_region` r
WHERE {{raw:after}}
ORDER BY r.region_id
LIMIT :limit
