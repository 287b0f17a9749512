-- verify: every payment (sales_order_payment), by its id (one per order).
SELECT p.entity_id AS id, p.parent_id AS order_id FROM sales_order_payment p
