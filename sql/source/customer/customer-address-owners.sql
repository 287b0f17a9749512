-- The addresses of the page's customers (ids only): a default billing or shipping address must be one of them.
SELECT a.entity_id, a.parent_id
FROM `customer_address_entity` a
WHERE a.parent_id BETWEEN :lo AND :hi
