SELECT c.entity_id FROM `customer_entity` c WHERE c.entity_id IN (:ids)
