-- verify: the lines of the sampled orders.
SELECT i.order_id AS id, CONCAT('item=', i.item_id) AS sub, i.parent_item_id AS parent_magento_id, i.product_id AS product_magento_id,
  i.product_type, i.sku, i.name, i.qty_ordered, i.qty_invoiced, i.qty_shipped, i.qty_refunded, i.price, i.row_total, i.tax_amount, i.discount_amount
FROM sales_order_item i WHERE i.order_id IN (:ids)
