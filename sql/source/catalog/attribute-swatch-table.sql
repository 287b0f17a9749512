SELECT COUNT(*) AS n
FROM information_schema.TABLES
WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'eav_attribute_option_swatch'
