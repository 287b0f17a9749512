-- verify: the sampled accounts' own fields (the password hash is not compared: it is never copied as such).
SELECT c.entity_id AS id, c.email, c.website_id AS website_magento_id, c.store_id AS store_magento_id, c.group_id AS group_magento_id,
  c.prefix, c.firstname, c.middlename, c.lastname, c.suffix, c.dob, c.gender, c.taxvat, c.is_active, c.created_in, c.created_at,
  c.default_billing AS default_billing_magento_id, c.default_shipping AS default_shipping_magento_id
FROM customer_entity c WHERE c.entity_id IN (:ids)
