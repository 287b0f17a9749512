SELECT d.magento_id AS id, d.order_magento_id, d.increment_id, d.state, d.grand_total, d.subtotal, d.tax_amount, d.total_qty, d.created_at
FROM invoice d WHERE d.magento_id = ANY($1)
