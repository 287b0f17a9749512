-- verify: every saved payment method, by id alone: a gateway token (or anything derived from it) is never read.
SELECT v.entity_id AS id FROM vault_payment_token v
