-- verify: products in the source (current versions in Commerce), read apart from the migration.
SELECT COUNT(*) AS n FROM `catalog_product_entity` p WHERE 1 = 1 {{raw:current_p}}
