-- verify: every tier / group price of a current product: product, website, group, quantity.
SELECT t.value_id AS id, e.sku, e.entity_id AS product_id, t.website_id, t.all_groups, t.customer_group_id, t.qty
FROM catalog_product_entity_tier_price t JOIN catalog_product_entity e ON e.{{key}} = t.{{key}} {{raw:current_e}}
