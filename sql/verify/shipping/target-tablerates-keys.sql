SELECT magento_id AS id, website_magento_id AS website, dest_country_id AS country, dest_region_id AS region, dest_zip AS zip,
  condition_name, condition_value
FROM tablerate
