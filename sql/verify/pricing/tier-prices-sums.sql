-- verify: tier prices per website: how many, their fixed values and percentages (rejected rows left out).
SELECT CAST(t.website_id AS CHAR) AS grp, COUNT(*) AS tier_prices, SUM(t.value) AS value, SUM({{col:t.percentage_value@catalog_product_entity_tier_price}}) AS percentage_value, SUM(t.qty) AS qty
FROM catalog_product_entity_tier_price t JOIN catalog_product_entity e ON e.{{key}} = t.{{key}} {{raw:current_e}}
WHERE t.value_id NOT IN (:rejected) GROUP BY t.website_id
