SELECT a.magento_id AS id, c.magento_id AS customer_magento_id, a.is_active, a.prefix, a.firstname, a.middlename, a.lastname, a.suffix, a.company,
  array_to_string(a.street, E'\n') AS street, a.city, a.region, a.region_id, a.postcode, a.country_id, a.telephone, a.fax, a.vat_id, a.created_at
FROM customer_address a LEFT JOIN customer c ON c.id = a.customer_id WHERE a.magento_id = ANY($1)
