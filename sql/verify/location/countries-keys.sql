-- verify: every country (directory_country), by its code.
SELECT c.country_id AS id, c.country_id AS code FROM directory_country c
