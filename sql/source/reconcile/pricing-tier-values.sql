-- Reconciliation: the rejected tier prices' website and value.
SELECT t.value_id, t.website_id, t.value FROM `catalog_product_entity_tier_price` t WHERE t.value_id IN (:ids)
