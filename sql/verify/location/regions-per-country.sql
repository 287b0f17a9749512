-- verify: regions per country, the rejected regions left out.
SELECT r.country_id AS grp, COUNT(*) AS regions FROM directory_country_region r WHERE r.region_id NOT IN (:rejected) GROUP BY r.country_id
