-- MSI reservations (append-only: negative at order placement, compensations positive), one keyset page by id.
SELECT r.reservation_id, r.stock_id, r.sku, r.quantity, r.metadata FROM `inventory_reservation` r
WHERE {{raw:after}} ORDER BY r.reservation_id LIMIT :limit
