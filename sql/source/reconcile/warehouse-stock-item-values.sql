-- Reconciliation: the qty of stock items whose quantity was rejected.
SELECT si.item_id, si.qty FROM `cataloginventory_stock_item` si WHERE si.item_id IN (:ids)
