-- core_config_data is absent from our DDL extract but present in every real Magento: look before reading.
SELECT COUNT(*) AS n
FROM information_schema.TABLES
WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'core_config_data'
