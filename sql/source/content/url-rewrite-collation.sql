-- The collation of url_rewrite.request_path: Magento's is case-insensitive (utf8_general_ci), which makes
-- case-only duplicates impossible; a store converted to a binary collation can hold them.
SELECT c.COLLATION_NAME AS collation_name FROM information_schema.COLUMNS c
WHERE c.TABLE_SCHEMA = DATABASE() AND c.TABLE_NAME = 'url_rewrite' AND c.COLUMN_NAME = 'request_path'
