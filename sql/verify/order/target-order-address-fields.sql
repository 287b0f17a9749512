SELECT o.magento_id AS id, 'address=' || a.magento_id AS sub, a.address_type, a.customer_address_magento_id,
  a.firstname, a.lastname, a.company, a.street, a.city, a.region, a.postcode, a.country_id, a.telephone, a.email
FROM order_address a JOIN sales_order o ON o.id = a.order_id WHERE o.magento_id = ANY($1)
