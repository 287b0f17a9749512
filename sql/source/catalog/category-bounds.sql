-- The category key range (current versions in Commerce), for splitting categories into partitions.
SELECT MIN(e.{{key}}) AS lo, MAX(e.{{key}}) AS hi FROM `catalog_category_entity` e WHERE 1 = 1 {{raw:current_e}}
