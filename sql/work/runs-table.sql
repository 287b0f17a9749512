-- The runs workers serve (the coordination database <prefix>_work, beside pg-boss's own schema): a worker
-- started with --exit-when-done leaves once its run is finished.
CREATE TABLE IF NOT EXISTS public.magemig_runs (
  run_id text PRIMARY KEY,
  status text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
)
