-- One keyset page of products ({{key}}: entity_id, or row_id of the current version in Commerce).
SELECT p.{{key}} AS row_key, p.entity_id, p.sku, p.type_id, p.required_options
FROM `catalog_product_entity` p
WHERE {{raw:after}} {{raw:current}}
ORDER BY p.{{key}}
LIMIT :limit
