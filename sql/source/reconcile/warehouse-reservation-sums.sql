-- Reconciliation: reservations and the sum of their quantities per stock.
SELECT r.stock_id, COUNT(*) AS n, SUM(r.quantity) AS total FROM `inventory_reservation` r GROUP BY r.stock_id ORDER BY r.stock_id
