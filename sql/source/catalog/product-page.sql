-- One keyset page of products (Open Source): entity_id is the key; never OFFSET.
SELECT p.entity_id AS row_key, p.entity_id, p.attribute_set_id, p.type_id, p.sku, p.has_options, p.required_options,
       p.created_at, p.updated_at
FROM `catalog_product_entity` p
WHERE p.entity_id > ?
ORDER BY p.entity_id
LIMIT ?
