-- SKUs of products by entity_id (the far end of links and children), current version only in Commerce.
SELECT p.entity_id, p.sku FROM `catalog_product_entity` p
WHERE p.entity_id IN (:ids) {{raw:current}}
