-- verify: every MSI reservation.
SELECT r.reservation_id AS id, r.stock_id, r.sku FROM inventory_reservation r
