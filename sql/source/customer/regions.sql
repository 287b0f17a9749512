-- Regions of the directory: an address's region_id names one (its code, and its name where the address has none).
SELECT r.region_id, r.country_id, r.code, r.default_name
FROM `directory_country_region` r
ORDER BY r.region_id
