-- verify: the sampled addresses (street: Magento's lines separated by newlines).
SELECT a.entity_id AS id, a.parent_id AS customer_magento_id, a.is_active, a.prefix, a.firstname, a.middlename, a.lastname, a.suffix, a.company,
  a.street, a.city, a.region, a.region_id, a.postcode, a.country_id, a.telephone, a.fax, a.vat_id, a.created_at
FROM customer_address_entity a WHERE a.entity_id IN (:ids)
