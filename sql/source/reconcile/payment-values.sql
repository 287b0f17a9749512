-- The amounts of the given payments (the rejected ones) with their order currency.
SELECT p.entity_id, o.order_currency_code AS currency, p.amount_ordered AS total, p.amount_paid AS paid, p.amount_refunded AS refunded, p.amount_authorized AS authorized
FROM sales_order_payment p
LEFT JOIN sales_order o ON o.entity_id = p.parent_id
WHERE p.entity_id IN (:ids)
