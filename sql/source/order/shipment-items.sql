SELECT it.entity_id, it.parent_id, it.order_item_id, it.product_id, it.sku, it.name, it.qty, it.price, it.weight
FROM sales_shipment_item it
WHERE it.parent_id BETWEEN :lo AND :hi
ORDER BY it.parent_id, it.entity_id
