SELECT edition, null_policy, staging_version FROM magemig.run_settings
