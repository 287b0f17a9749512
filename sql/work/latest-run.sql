-- The run a worker joins when none is named: the newest still running.
SELECT run_id FROM public.magemig_runs WHERE status = 'running' ORDER BY started_at DESC LIMIT 1
