SELECT COUNT(*) AS n FROM `catalog_product_entity` p WHERE 1 = 1 {{raw:current}}
