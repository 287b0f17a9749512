-- The page's catalog_product_entity_int values of the attributes pricing needs only (:attributes: prices,
-- their dates, status, visibility, the attributes catalog rules test): a range scan filtered by attribute.
SELECT v.{{key}} AS k, v.attribute_id, v.store_id, v.value
FROM `catalog_product_entity_int` v
WHERE v.{{key}} BETWEEN :lo AND :hi AND v.attribute_id IN (:attributes_int)
