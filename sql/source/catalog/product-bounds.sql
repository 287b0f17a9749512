-- The product key range (current versions in Commerce), for splitting products into partitions.
SELECT MIN(p.{{key}}) AS lo, MAX(p.{{key}}) AS hi FROM `catalog_product_entity` p WHERE 1 = 1 {{raw:current}}
