SELECT magento_id AS id, store_magento_id, customer_magento_id, is_guest, customer_group_magento_id, email, firstname, lastname,
  coupon_code, items_count, items_qty, subtotal, base_subtotal, grand_total, base_grand_total, currency, base_currency, created_at, updated_at
FROM cart WHERE magento_id = ANY($1)
