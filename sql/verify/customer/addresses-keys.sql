-- verify: every customer address and the account it belongs to.
SELECT a.entity_id AS id, a.parent_id AS customer_id FROM customer_address_entity a
