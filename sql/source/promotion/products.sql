-- One keyset page of products ({{key}}: entity_id, or row_id of the current version in Adobe Commerce).
SELECT p.{{key}} AS k, p.entity_id, p.sku, p.attribute_set_id, p.type_id
FROM `catalog_product_entity` p
WHERE {{raw:after}} {{raw:current}}
ORDER BY p.{{key}}
LIMIT :limit
