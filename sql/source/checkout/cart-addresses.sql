SELECT a.address_id, a.quote_id, a.address_type, a.email, a.firstname, a.lastname, a.company, a.street, a.city, a.region, a.region_id, a.postcode, a.country_id,
  a.telephone, a.shipping_method, a.shipping_amount
FROM `quote_address` a WHERE a.quote_id BETWEEN :lo AND :hi ORDER BY a.quote_id, a.address_id
