-- verify's own probe of the Magento source: its tables and their columns (MSI, Adobe Commerce and version
-- differences decide what verify reads).
SELECT c.table_name AS table_name, c.column_name AS column_name FROM information_schema.columns c WHERE c.table_schema = DATABASE()
