-- Bundle selections with their option (parent_product_id / parent_id: the bundle's entity_id, or row_id in Commerce).
SELECT bs.parent_product_id AS owner, bs.selection_id, bs.option_id, bo.required, bo.type, bs.product_id AS child_id,
       bs.selection_qty, bs.selection_price_type, bs.selection_price_value
FROM `catalog_product_bundle_selection` bs
JOIN `catalog_product_bundle_option` bo ON bo.option_id = bs.option_id
WHERE bs.parent_product_id BETWEEN :lo AND :hi
