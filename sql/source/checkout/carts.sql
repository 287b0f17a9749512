-- One keyset page of active carts last updated on or after :since (migrate --carts-since). Never read: the
-- quote's password_hash (a guest's checkout registration: only whether there is one) and remote_ip.
SELECT q.entity_id, q.store_id, q.created_at, q.updated_at, q.customer_id, q.customer_group_id, q.customer_email, q.customer_firstname, q.customer_lastname,
  q.customer_is_guest, q.coupon_code, q.items_count, q.items_qty, q.subtotal, q.base_subtotal, q.grand_total, q.base_grand_total,
  q.base_currency_code, q.quote_currency_code, (q.password_hash IS NOT NULL AND q.password_hash <> '') AS has_password_hash
FROM `quote` q
WHERE q.is_active = 1 AND q.updated_at >= :since AND {{raw:after}}
ORDER BY q.entity_id
LIMIT :limit
