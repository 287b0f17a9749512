-- Website prices of bundle selections (price scope website).
SELECT bs.parent_product_id AS owner, sp.selection_id, sp.website_id, sp.selection_price_type, sp.selection_price_value
FROM `catalog_product_bundle_selection_price` sp
JOIN `catalog_product_bundle_selection` bs ON bs.selection_id = sp.selection_id
WHERE bs.parent_product_id BETWEEN :lo AND :hi
