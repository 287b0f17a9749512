-- verify: categories in the source (current versions in Commerce).
SELECT COUNT(*) AS n FROM `catalog_category_entity` e WHERE 1 = 1 {{raw:current_e}}
