SELECT v.{{key}} AS k, v.attribute_id, v.value FROM `catalog_product_entity_text` v
WHERE v.{{key}} BETWEEN :lo AND :hi AND v.store_id = 0 AND v.attribute_id IN (:attrs)
