-- Distinct entity_id, so Commerce row versions of one product count once.
SELECT p.type_id, COUNT(DISTINCT p.entity_id) AS n
FROM `catalog_product_entity` p
GROUP BY p.type_id
ORDER BY n DESC, p.type_id
