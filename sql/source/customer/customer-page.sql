-- Customers in keyset pages, every column: static attributes a Magento version or an extension adds are
-- columns of customer_entity too (the transform reads them by attribute_code).
SELECT c.*
FROM `customer_entity` c
WHERE {{raw:after}}
ORDER BY c.entity_id
LIMIT :limit
