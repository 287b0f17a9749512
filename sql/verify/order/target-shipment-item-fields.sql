SELECT d.magento_id AS id, 'item=' || i.magento_id AS sub, i.order_item_magento_id, i.sku, i.qty, i.price
FROM shipment_item i JOIN shipment d ON d.id = i.shipment_id WHERE d.magento_id = ANY($1)
