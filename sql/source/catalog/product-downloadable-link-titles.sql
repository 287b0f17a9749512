-- Per-store titles of downloadable links (store 0: the default title).
SELECT dl.product_id AS owner, t.link_id, t.store_id, t.title
FROM `downloadable_link_title` t
JOIN `downloadable_link` dl ON dl.link_id = t.link_id
WHERE dl.product_id BETWEEN :lo AND :hi
