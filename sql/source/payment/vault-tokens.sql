-- Saved payment methods (Magento\Vault) with whether their customer still exists. gateway_token is read to be
-- encrypted before it leaves the process (transforms/payment/vault.ts); it is never logged.
SELECT v.entity_id, v.customer_id, v.public_hash, v.payment_method_code, v.type, v.created_at, v.expires_at, v.gateway_token, v.details,
  v.is_active, v.is_visible, c.entity_id AS customer_entity_id
FROM vault_payment_token v
LEFT JOIN customer_entity c ON c.entity_id = v.customer_id
WHERE {{raw:after}}
ORDER BY v.entity_id
LIMIT :limit
