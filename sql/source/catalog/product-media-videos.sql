-- Video data of gallery entries (media_type external-video), per store.
SELECT vv.value_id, vv.store_id, vv.provider, vv.url, vv.title, vv.description, vv.metadata
FROM `catalog_product_entity_media_gallery_value_video` vv
WHERE vv.value_id IN (:ids)
