INSERT INTO magemig.run_settings (id, edition, null_policy, staging_version, run_id) VALUES (true, $1, $2, $3, $4)
ON CONFLICT (id) DO UPDATE SET edition = EXCLUDED.edition, null_policy = EXCLUDED.null_policy,
  staging_version = EXCLUDED.staging_version, run_id = EXCLUDED.run_id, created_at = now()
