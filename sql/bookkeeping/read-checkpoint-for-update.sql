-- One entity's checkpoint, locked for the rest of the caller's transaction.
SELECT last_key, batches, source_rows, rows_loaded, rows_rejected, reject_records, stats, samples, done
FROM magemig.checkpoint
WHERE entity = $1 AND partition = $2
FOR UPDATE
