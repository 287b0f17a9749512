-- verify: the sampled reservations.
SELECT r.reservation_id AS id, r.stock_id, r.sku, r.quantity FROM inventory_reservation r WHERE r.reservation_id IN (:ids)
