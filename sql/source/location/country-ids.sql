SELECT c.country_id FROM `directory_country` c
