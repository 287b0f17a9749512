-- Checkpoints per (entity, partition): an entity split into key ranges (parallel workers) keeps one checkpoint
-- per range. '' is the whole entity, what every run so far has written.
ALTER TABLE magemig.checkpoint ADD COLUMN IF NOT EXISTS partition text NOT NULL DEFAULT '';
ALTER TABLE magemig.checkpoint DROP CONSTRAINT IF EXISTS checkpoint_pkey;
ALTER TABLE magemig.checkpoint ADD CONSTRAINT checkpoint_pkey PRIMARY KEY (entity, partition);
DROP FUNCTION IF EXISTS magemig.save_checkpoint(text, integer, text, jsonb, integer, bigint, bigint, bigint, bigint, jsonb, jsonb, boolean, text);
-- Saves a checkpoint, refusing (SQLSTATE MM001) when it is not where this run left it: another run moved it,
-- so committing our batch would load it twice.
CREATE OR REPLACE FUNCTION magemig.save_checkpoint(
  p_entity text, p_partition text, p_expected_batches integer, p_service text, p_last_key jsonb, p_batches integer,
  p_source_rows bigint, p_rows_loaded bigint, p_rows_rejected bigint, p_reject_records bigint, p_stats jsonb,
  p_samples jsonb, p_done boolean, p_run_id text) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  current_batches integer;
BEGIN
  SELECT batches INTO current_batches FROM magemig.checkpoint WHERE entity = p_entity AND partition = p_partition FOR UPDATE;
  IF coalesce(current_batches, 0) <> p_expected_batches THEN
    RAISE EXCEPTION 'the checkpoint of % is at batch %, this run expected %', p_entity, coalesce(current_batches, 0), p_expected_batches
      USING ERRCODE = 'MM001';
  END IF;
  INSERT INTO magemig.checkpoint AS c
    (entity, partition, service, last_key, batches, source_rows, rows_loaded, rows_rejected, reject_records, stats, samples,
     done, run_id, updated_at)
  VALUES (p_entity, p_partition, p_service, p_last_key, p_batches, p_source_rows, p_rows_loaded, p_rows_rejected,
          p_reject_records, p_stats, p_samples, p_done, p_run_id, now())
  ON CONFLICT (entity, partition) DO UPDATE SET
    service = EXCLUDED.service, last_key = EXCLUDED.last_key, batches = EXCLUDED.batches,
    source_rows = EXCLUDED.source_rows, rows_loaded = EXCLUDED.rows_loaded, rows_rejected = EXCLUDED.rows_rejected,
    reject_records = EXCLUDED.reject_records, stats = EXCLUDED.stats, samples = EXCLUDED.samples,
    done = EXCLUDED.done, run_id = EXCLUDED.run_id, updated_at = now();
END
$fn$;
