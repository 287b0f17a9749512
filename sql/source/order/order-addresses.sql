SELECT a.entity_id, a.parent_id, a.address_type, a.customer_address_id, a.prefix, a.firstname, a.middlename, a.lastname, a.suffix,
  a.company, a.street, a.city, a.region, a.region_id, a.postcode, a.country_id, a.telephone, a.fax, a.email, a.vat_id
FROM sales_order_address a
WHERE a.parent_id BETWEEN :lo AND :hi
ORDER BY a.parent_id, a.entity_id
