-- Downloadable products' links (product_id: the owner's entity_id, or row_id in Commerce).
SELECT dl.product_id AS owner, dl.link_id, dl.sort_order, dl.number_of_downloads, dl.is_shareable, dl.link_url,
       dl.link_file, dl.link_type, dl.sample_url, dl.sample_file, dl.sample_type
FROM `downloadable_link` dl
WHERE dl.product_id BETWEEN :lo AND :hi
