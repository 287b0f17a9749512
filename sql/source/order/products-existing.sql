-- Which of a page's ordered products still exist (entity_id: the primary key in Open Source, indexed with
-- the staging versions in Adobe Commerce, hence DISTINCT).
SELECT DISTINCT p.entity_id
FROM catalog_product_entity p
WHERE p.entity_id IN (:ids)
