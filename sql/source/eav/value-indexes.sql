-- Indexes of the value tables that start with the key column (entity_id / row_id), unique ones first: the
-- reader names one in FORCE INDEX. Without the hint MariaDB's optimizer turns a key range covering a tenth of
-- the table into a full table scan, so every page would read the whole table (measured: 4 M rows per page).
SELECT s.TABLE_NAME AS table_name, s.INDEX_NAME AS index_name, MIN(s.NON_UNIQUE) AS non_unique
FROM information_schema.STATISTICS s
WHERE s.TABLE_SCHEMA = DATABASE() AND s.TABLE_NAME IN (:tables) AND s.SEQ_IN_INDEX = 1 AND s.COLUMN_NAME = :key
GROUP BY s.TABLE_NAME, s.INDEX_NAME
ORDER BY s.TABLE_NAME, non_unique, s.INDEX_NAME
