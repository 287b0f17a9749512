-- The account through the address's reference (a reference that leads nowhere reads as NULL).
SELECT a.magento_id AS id, c.magento_id AS customer_id FROM customer_address a LEFT JOIN customer c ON c.id = a.customer_id
