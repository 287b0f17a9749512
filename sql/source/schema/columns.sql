-- The source schema probe: every column of every table of the Magento database, read once per run, so queries
-- adapt to the Magento version (2.1 lacks columns 2.2+ added) instead of assuming one.
SELECT c.TABLE_NAME AS table_name, c.COLUMN_NAME AS column_name
FROM information_schema.COLUMNS c
WHERE c.TABLE_SCHEMA = DATABASE()
ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION
