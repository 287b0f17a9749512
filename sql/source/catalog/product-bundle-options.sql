-- Bundle products' options (parent_id: the owner's entity_id, or row_id in Commerce).
SELECT bo.parent_id AS owner, bo.option_id, bo.required, bo.position, bo.type
FROM `catalog_product_bundle_option` bo
WHERE bo.parent_id BETWEEN :lo AND :hi
