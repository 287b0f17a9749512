INSERT INTO public.magemig_runs (run_id, status) VALUES ($1, 'running')
ON CONFLICT (run_id) DO UPDATE SET status = 'running', finished_at = NULL
