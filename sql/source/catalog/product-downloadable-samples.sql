-- Downloadable products' samples (product_id: the owner's entity_id, or row_id in Commerce).
SELECT ds.product_id AS owner, ds.sample_id, ds.sort_order, ds.sample_url, ds.sample_file, ds.sample_type
FROM `downloadable_sample` ds
WHERE ds.product_id BETWEEN :lo AND :hi
