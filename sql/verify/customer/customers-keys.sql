-- verify: every customer account and its e-mail within its website (Magento's unique key, email + website_id).
SELECT c.entity_id AS id, c.email, c.website_id, w.code AS website FROM customer_entity c LEFT JOIN store_website w ON w.website_id = c.website_id
