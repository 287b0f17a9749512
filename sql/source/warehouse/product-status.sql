-- Status rows (every store) of the page's products: the legacy stock index lists a product with any row = 1.
SELECT v.{{key}} AS k, v.store_id, v.value FROM `catalog_product_entity_int` v
WHERE v.{{key}} BETWEEN :lo AND :hi AND v.attribute_id = :status_attribute
