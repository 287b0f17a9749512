-- verify: the sampled saved payment methods' method, type and flags (never the gateway token, nor its details).
SELECT v.entity_id AS id, v.payment_method_code, v.type, v.is_active, v.is_visible FROM vault_payment_token v WHERE v.entity_id IN (:ids)
