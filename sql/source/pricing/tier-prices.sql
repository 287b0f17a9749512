-- Tier and customer-group prices, one keyset page by value_id, with the product they belong to (entity_id of
-- the version current at the run's staging version in Commerce, where rows hang on row_id; a row of another
-- version is not a row of the store today: {{raw:current}} on the join). percentage_value exists since 2.2.
SELECT t.value_id, p.entity_id, t.all_groups, t.customer_group_id, t.qty, t.value, t.website_id,
       {{col:t.percentage_value@catalog_product_entity_tier_price}} AS percentage_value,
       (w.website_id IS NOT NULL) AS website_exists
FROM `catalog_product_entity_tier_price` t
{{raw:tier_join}} `catalog_product_entity` p ON p.{{key}} = t.{{key}} {{raw:current}}
LEFT JOIN `store_website` w ON w.website_id = t.website_id
WHERE {{raw:after}}
ORDER BY t.value_id
LIMIT :limit
