SELECT t.magento_id AS id, p.sku, t.product_magento_id AS product_id, t.website_id, t.all_groups, t.customer_group_id, t.qty
FROM tier_price t LEFT JOIN product p ON p.id = t.product_id
