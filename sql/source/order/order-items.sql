-- The items of a page of orders (SALES_ORDER_ITEM_ORDER_ID range). Whether their products still exist is
-- one read per page (products-existing.sql), not a subquery per item.
SELECT i.item_id, i.order_id, i.parent_item_id, i.product_id, i.product_type, i.sku, i.name, i.product_options,
  i.qty_ordered, i.qty_invoiced, i.qty_shipped, i.qty_refunded, i.qty_canceled, i.qty_backordered,
  i.price, i.base_price, i.original_price, i.base_original_price, i.price_incl_tax, i.base_price_incl_tax,
  i.row_total, i.base_row_total, i.row_total_incl_tax, i.base_row_total_incl_tax, i.tax_percent, i.tax_amount, i.base_tax_amount,
  i.discount_percent, i.discount_amount, i.base_discount_amount, i.amount_refunded, i.base_amount_refunded, i.row_invoiced, i.base_row_invoiced,
  i.weight, i.row_weight, i.is_virtual, i.applied_rule_ids, i.gift_message_id, i.created_at
FROM sales_order_item i
WHERE i.order_id BETWEEN :lo AND :hi
ORDER BY i.order_id, i.item_id
