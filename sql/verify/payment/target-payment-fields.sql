SELECT magento_id AS id, order_magento_id, method, amount_ordered, amount_authorized, amount_paid, amount_refunded, shipping_amount, cc_last_4, last_trans_id
FROM payment WHERE magento_id = ANY($1)
