-- verify: every table rate (shipping_tablerate), by website, destination and condition (its unique key).
SELECT t.pk AS id, t.website_id AS website, t.dest_country_id AS country, t.dest_region_id AS region, t.dest_zip AS zip,
  t.condition_name, t.condition_value
FROM shipping_tablerate t
