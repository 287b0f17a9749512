SELECT c.magento_id AS id, 'address=' || a.magento_id AS sub, a.address_type, a.email, a.firstname, a.lastname, a.company,
  array_to_string(a.street, E'\n') AS street, a.city, a.region, a.region_magento_id, a.postcode, a.country_id, a.telephone,
  a.shipping_method, a.shipping_amount
FROM cart_address a JOIN cart c ON c.id = a.cart_id WHERE c.magento_id = ANY($1)
