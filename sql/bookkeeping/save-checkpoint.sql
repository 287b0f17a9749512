-- The checkpoint save sent with the batch's COMMIT in one simple query (one round trip): its arguments are
-- inlined as escaped literals by loaders/bookkeeping.ts (saveCheckpointSql), in this order.
SELECT magemig.save_checkpoint({{raw:entity}}, {{raw:partition}}, {{raw:expected_batches}}, {{raw:service}},
  {{raw:last_key}}::jsonb, {{raw:batches}}, {{raw:source_rows}}, {{raw:rows_loaded}}, {{raw:rows_rejected}},
  {{raw:reject_records}}, {{raw:stats}}::jsonb, {{raw:samples}}::jsonb, {{raw:done}}, {{raw:run_id}})
