-- How the target was migrated: the settings its first run stored.
SELECT edition, null_policy, staging_version FROM magemig.run_settings
