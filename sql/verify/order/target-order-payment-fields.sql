SELECT o.magento_id AS id, 'payment=' || p.magento_id AS sub, p.method, p.amount_ordered, p.amount_paid, p.amount_refunded, p.cc_type, p.last_trans_id
FROM order_payment p JOIN sales_order o ON o.id = p.order_id WHERE o.magento_id = ANY($1)
