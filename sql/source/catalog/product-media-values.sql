-- Per-store label, position and disabled flag of gallery entries (store 0: the default).
SELECT v.{{key}} AS owner, v.value_id, v.store_id, v.label, v.position, v.disabled
FROM `catalog_product_entity_media_gallery_value` v
WHERE v.{{key}} BETWEEN ? AND ?
