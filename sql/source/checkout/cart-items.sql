SELECT i.item_id, i.quote_id, i.parent_item_id, i.product_id, i.product_type, i.sku, i.name, i.qty, i.price, i.base_price, i.row_total, i.base_row_total,
  i.discount_amount, i.tax_amount
FROM `quote_item` i WHERE i.quote_id BETWEEN :lo AND :hi ORDER BY i.quote_id, i.item_id
