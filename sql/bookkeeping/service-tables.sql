-- Every table of the service's own schemas: all but magemig and the system schemas.
SELECT schemaname, tablename FROM pg_tables
WHERE schemaname NOT IN ('pg_catalog', 'information_schema', 'magemig') AND schemaname NOT LIKE 'pg\_%'
ORDER BY 1, 2
