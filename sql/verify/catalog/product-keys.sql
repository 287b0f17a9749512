-- verify: every product's SKU and value-table key (row_id of the current version in Commerce).
SELECT p.entity_id, p.{{key}} AS k, p.sku FROM `catalog_product_entity` p WHERE 1 = 1 {{raw:current_p}}
