-- Reconciliation: the rejected source items' source and quantity.
SELECT si.source_item_id, si.source_code, si.quantity FROM `inventory_source_item` si WHERE si.source_item_id IN (:ids)
