-- Bundle selections (parent_product_id: the bundle's entity_id, or row_id in Commerce; product_id: the
-- offered product's entity_id). selection_price_* are read for the pricing service, not stored in the catalog.
SELECT bs.parent_product_id AS owner, bs.selection_id, bs.option_id, bs.product_id AS child_id, bs.position,
       bs.is_default, bs.selection_qty, bs.selection_can_change_qty, bs.selection_price_type, bs.selection_price_value
FROM `catalog_product_bundle_selection` bs
WHERE bs.parent_product_id BETWEEN :lo AND :hi
