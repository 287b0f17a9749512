SELECT it.entity_id, it.parent_id, it.order_item_id, it.product_id, it.sku, it.name, it.qty, it.price, it.base_price,
  it.row_total, it.base_row_total, it.tax_amount, it.base_tax_amount, it.discount_amount, it.base_discount_amount
FROM sales_invoice_item it
WHERE it.parent_id BETWEEN :lo AND :hi
ORDER BY it.parent_id, it.entity_id
