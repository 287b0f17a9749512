-- Per-store titles of downloadable samples (store 0: the default title).
SELECT ds.product_id AS owner, t.sample_id, t.store_id, t.title
FROM `downloadable_sample_title` t
JOIN `downloadable_sample` ds ON ds.sample_id = t.sample_id
WHERE ds.product_id BETWEEN :lo AND :hi
