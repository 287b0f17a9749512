SELECT c.magento_id AS id, c.email, c.website_magento_id, c.store_magento_id, g.magento_id AS group_magento_id,
  c.prefix, c.firstname, c.middlename, c.lastname, c.suffix, to_char(c.dob, 'YYYY-MM-DD') AS dob, c.gender, c.taxvat, c.is_active, c.created_in, c.created_at,
  c.default_billing_magento_id, c.default_shipping_magento_id
FROM customer c LEFT JOIN customer_group g ON g.id = c.group_id WHERE c.magento_id = ANY($1)
