-- Source products (Adobe Commerce): one current version per entity.
SELECT COUNT(*) AS n FROM `catalog_product_entity` p WHERE p.created_in <= ? AND p.updated_in > ?
