-- verify: every region (directory_country_region), by country and region code.
SELECT r.region_id AS id, r.country_id AS country, r.code FROM directory_country_region r
