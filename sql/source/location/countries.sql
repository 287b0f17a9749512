-- Magento's countries (directory_country: country_id is the ISO 3166-1 alpha-2 code). One page.
SELECT c.country_id, c.iso2_code, c.iso3_code
FROM `directory_country` c
WHERE {{raw:after}}
ORDER BY c.country_id
LIMIT :limit
