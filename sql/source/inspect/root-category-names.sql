-- Admin (store 0) names of the stores' root categories. {{key}} is entity_id (Open Source) or row_id
-- (Commerce: value rows hang off row versions; any version's name will do for a label).
SELECT e.entity_id, MAX(v.value) AS name
FROM `catalog_category_entity` e
JOIN `catalog_category_entity_varchar` v ON v.{{key}} = e.{{key}} AND v.store_id = 0
JOIN `eav_attribute` a ON a.attribute_id = v.attribute_id AND a.attribute_code = 'name'
JOIN `eav_entity_type` t ON t.entity_type_id = a.entity_type_id AND t.entity_type_code = 'catalog_category'
WHERE e.entity_id IN (SELECT g.root_category_id FROM `store_group` g)
GROUP BY e.entity_id
