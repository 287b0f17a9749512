-- verify: the addresses of the sampled carts; street as Magento stores it (lines joined by new lines, none: empty).
SELECT a.quote_id AS id, CONCAT('address=', a.address_id) AS sub, COALESCE(a.address_type, 'billing') AS address_type, a.email,
  a.firstname, a.lastname, a.company, COALESCE(a.street, '') AS street, a.city, a.region, a.region_id AS region_magento_id, a.postcode,
  a.country_id, a.telephone, a.shipping_method, a.shipping_amount
FROM quote_address a WHERE a.quote_id IN (:ids)
