SELECT COUNT(*) AS n FROM `core_config_data` c WHERE c.path IN (:paths) AND c.scope = 'default'
