-- The entities the run says it rejected (entity level), from the service database's bookkeeping.
SELECT coalesce(sum(rows_rejected), 0) AS rows_rejected FROM magemig.checkpoint WHERE entity = $1
