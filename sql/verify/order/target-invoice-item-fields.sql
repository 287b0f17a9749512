SELECT d.magento_id AS id, 'item=' || i.magento_id AS sub, i.order_item_magento_id, i.sku, i.qty, i.price, i.row_total
FROM invoice_item i JOIN invoice d ON d.id = i.invoice_id WHERE d.magento_id = ANY($1)
