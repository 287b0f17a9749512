UPDATE public.magemig_runs SET status = $2, finished_at = now() WHERE run_id = $1
