-- verify: the sampled carts' own fields. A cart whose customer no longer exists is a guest cart (no customer); an
-- empty coupon code is no coupon. The checkout password hash is never read.
SELECT q.entity_id AS id, q.store_id AS store_magento_id, c.entity_id AS customer_magento_id, (c.entity_id IS NULL) AS is_guest,
  q.customer_group_id AS customer_group_magento_id, q.customer_email AS email, q.customer_firstname AS firstname, q.customer_lastname AS lastname,
  NULLIF(q.coupon_code, '') AS coupon_code, COALESCE(q.items_count, 0) AS items_count, q.items_qty, q.subtotal, q.base_subtotal,
  q.grand_total, q.base_grand_total, q.quote_currency_code AS currency, q.base_currency_code AS base_currency, q.created_at, q.updated_at
FROM quote q LEFT JOIN customer_entity c ON c.entity_id = q.customer_id AND q.customer_id > 0
WHERE q.entity_id IN (:ids)
