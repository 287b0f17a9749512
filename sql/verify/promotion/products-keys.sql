-- verify: every product (current versions in Commerce) and its SKU.
SELECT e.entity_id AS id, e.sku FROM catalog_product_entity e WHERE 1 = 1 {{raw:current_e}}
