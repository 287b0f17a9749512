-- The checkpoints of an entity's partitions (the whole entity's, partition '', excluded).
SELECT partition, batches, source_rows, rows_loaded, rows_rejected, reject_records, stats, done, run_id
FROM magemig.checkpoint WHERE entity = $1 AND partition <> ''
