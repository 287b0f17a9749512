-- verify: the sampled tier prices.
SELECT t.value_id AS id, t.website_id, t.all_groups, t.customer_group_id, t.qty, t.value, {{col:t.percentage_value@catalog_product_entity_tier_price}} AS percentage_value
FROM catalog_product_entity_tier_price t WHERE t.value_id IN (:ids)
