-- Carts are checkout state: not migrated, only counted for the report.
SELECT COUNT(*) AS carts, COALESCE(SUM(q.is_active), 0) AS active FROM quote q
