-- One keyset page of products (Adobe Commerce): row_id is the key, only the version current at the run's
-- staging version v (created_in <= v < updated_in); entity_id stays the product's stable id.
SELECT p.row_id AS row_key, p.entity_id, p.attribute_set_id, p.type_id, p.sku, p.has_options, p.required_options,
       p.created_at, p.updated_at
FROM `catalog_product_entity` p
WHERE p.row_id > ? AND p.created_in <= ? AND p.updated_in > ?
ORDER BY p.row_id
LIMIT ?
