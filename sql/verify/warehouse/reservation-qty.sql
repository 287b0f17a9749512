-- verify: reserved quantity per stock (negative: sold, not yet deducted).
SELECT CAST(r.stock_id AS CHAR) AS grp, COUNT(*) AS reservations, SUM(r.quantity) AS quantity FROM inventory_reservation r
WHERE r.reservation_id NOT IN (:rejected) GROUP BY r.stock_id
