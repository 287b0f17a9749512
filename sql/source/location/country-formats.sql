-- Address templates per country and output type (html, text, oneline, pdf): Magento\Directory\Model\Country\Format.
SELECT f.country_format_id, f.country_id, f.type, f.format FROM `directory_country_format` f WHERE f.country_id IN (:ids) ORDER BY f.country_format_id
