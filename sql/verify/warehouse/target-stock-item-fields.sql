SELECT p.magento_id AS id, 'item=' || si.magento_id AS sub, si.qty, si.is_in_stock, si.is_qty_decimal
FROM stock_item si JOIN product p ON p.id = si.product_id WHERE p.magento_id = ANY($1)
