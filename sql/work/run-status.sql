SELECT status FROM public.magemig_runs WHERE run_id = $1
