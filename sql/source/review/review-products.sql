-- The SKUs of the page's reviewed products (the version current at the staging version in Adobe Commerce);
-- a product missing here was deleted.
SELECT p.entity_id, p.sku FROM `catalog_product_entity` p WHERE p.entity_id IN (:ids) {{raw:current}}
