SELECT o.magento_id AS id, 'item=' || i.magento_id AS sub, i.parent_magento_id, i.product_magento_id,
  i.product_type, i.sku, i.name, i.qty_ordered, i.qty_invoiced, i.qty_shipped, i.qty_refunded, i.price, i.row_total, i.tax_amount, i.discount_amount
FROM order_item i JOIN sales_order o ON o.id = i.order_id WHERE o.magento_id = ANY($1)
