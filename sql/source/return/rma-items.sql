-- The page's returned items, with whether the order item they name exists.
SELECT i.entity_id, i.rma_entity_id, i.is_qty_decimal, i.qty_requested, i.qty_authorized, i.qty_approved, i.qty_returned, i.status, i.order_item_id,
  i.product_name, i.product_sku, i.product_admin_name, i.product_admin_sku, i.product_options, oi.item_id AS order_item_exists
FROM magento_rma_item_entity i
LEFT JOIN sales_order_item oi ON oi.item_id = i.order_item_id
WHERE i.rma_entity_id BETWEEN :lo AND :hi
ORDER BY i.rma_entity_id, i.entity_id
