-- Per-store label, position and disabled flag of gallery entries (store 0: the default).
-- Magento keys this table by record_id only, so one (entry, store) can have several rows in real databases; in
-- this order the transform's last-wins rule keeps the most recently written one, whatever the query plan.
SELECT v.{{key}} AS owner, v.value_id, v.store_id, v.label, v.position, v.disabled
FROM `catalog_product_entity_media_gallery_value` v
WHERE v.{{key}} BETWEEN :lo AND :hi
ORDER BY v.{{key}}, v.value_id, v.store_id, v.record_id
