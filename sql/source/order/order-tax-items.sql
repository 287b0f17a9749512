-- Tax amounts per item (or shipping), reached through their rate's order (SALES_ORDER_TAX_ORDER_ID_PRIORITY_POSITION).
SELECT ti.tax_item_id, t.order_id, ti.tax_id, ti.item_id, ti.associated_item_id, ti.taxable_item_type, ti.tax_percent,
  ti.amount, ti.base_amount, ti.real_amount, ti.real_base_amount
FROM sales_order_tax t
JOIN sales_order_tax_item ti ON ti.tax_id = t.tax_id
WHERE t.order_id BETWEEN :lo AND :hi
ORDER BY t.order_id, ti.tax_item_id
