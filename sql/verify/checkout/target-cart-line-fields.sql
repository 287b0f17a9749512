SELECT c.magento_id AS id, 'item=' || i.magento_id AS sub, i.parent_magento_id, i.product_magento_id,
  i.product_type, i.sku, i.name, i.qty, i.price, i.base_price, i.row_total, i.base_row_total, i.discount_amount, i.tax_amount
FROM cart_item i JOIN cart c ON c.id = i.cart_id WHERE c.magento_id = ANY($1)
