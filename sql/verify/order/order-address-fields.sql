-- verify: the billing and shipping addresses of the sampled orders.
SELECT a.parent_id AS id, CONCAT('address=', a.entity_id) AS sub, a.address_type, a.customer_address_id AS customer_address_magento_id,
  a.firstname, a.lastname, a.company, a.street, a.city, a.region, a.postcode, a.country_id, a.telephone, a.email
FROM sales_order_address a WHERE a.parent_id IN (:ids)
