-- Per-website prices of downloadable links: read for the pricing service (not stored in the catalog).
SELECT dl.product_id AS owner, pr.link_id, pr.website_id, pr.price
FROM `downloadable_link_price` pr
JOIN `downloadable_link` dl ON dl.link_id = pr.link_id
WHERE dl.product_id BETWEEN :lo AND :hi
