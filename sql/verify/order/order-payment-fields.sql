-- verify: the payment of the sampled orders (amounts and method; card data is never copied, never compared).
SELECT p.parent_id AS id, CONCAT('payment=', p.entity_id) AS sub, p.method, p.amount_ordered, p.amount_paid, p.amount_refunded, p.cc_type, p.last_trans_id
FROM sales_order_payment p WHERE p.parent_id IN (:ids)
