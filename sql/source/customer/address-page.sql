-- Addresses in keyset pages, with what the transform needs of their customer (absent: a deleted customer).
SELECT a.*, c.entity_id AS owner_id, c.email AS owner_email, c.website_id AS owner_website_id
FROM `customer_address_entity` a
LEFT JOIN `customer_entity` c ON c.entity_id = a.parent_id
WHERE {{raw:after}}
ORDER BY a.entity_id
LIMIT :limit
