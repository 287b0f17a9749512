INSERT INTO magemig.runs (run_id, status, options) VALUES ($1, 'running', $2::jsonb) ON CONFLICT DO NOTHING
