-- Reconciliation: MSI source items and the sum of their quantities per source.
SELECT si.source_code, COUNT(*) AS n, SUM(si.quantity) AS total FROM `inventory_source_item` si GROUP BY si.source_code ORDER BY si.source_code
