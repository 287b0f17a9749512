-- Source products (Open Source).
SELECT COUNT(*) AS n FROM `catalog_product_entity`
