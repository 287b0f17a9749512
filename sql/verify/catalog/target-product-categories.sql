-- A category reference that leads nowhere reads as NULL.
SELECT p.magento_id, c.magento_id AS category FROM product_category pc JOIN product p ON p.id = pc.product_id LEFT JOIN category c ON c.id = pc.category_id
WHERE p.magento_id = ANY($1)
