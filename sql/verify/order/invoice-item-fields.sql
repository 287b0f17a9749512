-- verify: the lines of the sampled invoices.
SELECT i.parent_id AS id, CONCAT('item=', i.entity_id) AS sub, i.order_item_id AS order_item_magento_id, i.sku, i.qty, i.price, i.row_total
FROM sales_invoice_item i WHERE i.parent_id IN (:ids)
