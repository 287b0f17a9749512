SELECT COUNT(*) AS n FROM `core_config_data` c WHERE c.path LIKE 'carriers/%' OR c.path = 'currency/options/base'
