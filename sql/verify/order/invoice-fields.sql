-- verify: the sampled invoices and their lines.
SELECT d.entity_id AS id, d.order_id AS order_magento_id, d.increment_id, d.state, d.grand_total, d.subtotal, d.tax_amount, d.total_qty, d.created_at
FROM sales_invoice d WHERE d.entity_id IN (:ids)
