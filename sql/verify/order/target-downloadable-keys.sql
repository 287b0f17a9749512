SELECT p.magento_id AS id, o.magento_id AS order_id, p.order_item_magento_id AS order_item_id, p.product_sku FROM downloadable_link_purchased p LEFT JOIN sales_order o ON o.id = p.order_id
