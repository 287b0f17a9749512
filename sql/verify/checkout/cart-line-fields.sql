-- verify: the lines of the sampled carts (those with a SKU: a line without one is left out, NO_SKU).
SELECT i.quote_id AS id, CONCAT('item=', i.item_id) AS sub, i.parent_item_id AS parent_magento_id, i.product_id AS product_magento_id,
  i.product_type, i.sku, i.name, i.qty, i.price, i.base_price, i.row_total, i.base_row_total, i.discount_amount, i.tax_amount
FROM quote_item i WHERE i.quote_id IN (:ids) AND i.sku IS NOT NULL AND i.sku <> ''
