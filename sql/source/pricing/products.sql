-- One keyset page of products. {{key}} is entity_id (Open Source) or row_id (Adobe Commerce: only the version
-- current at the run's staging version); entity_id stays the product's stable id.
SELECT p.{{key}} AS row_key, p.entity_id, p.sku, p.type_id, p.attribute_set_id, p.required_options
FROM `catalog_product_entity` p
WHERE {{raw:after}} {{raw:current}}
ORDER BY p.{{key}}
LIMIT :limit
