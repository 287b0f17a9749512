-- The indexes of one table ($1: a quoted, schema-qualified name) that may be dropped for a bulk load: every
-- index but one a foreign key depends on (dropping it would need CASCADE). A primary key or unique constraint
-- is rebuilt as that constraint (its definition from pg_get_constraintdef), any other index by its CREATE INDEX.
SELECT ci.relname AS index_name,
  CASE WHEN con.oid IS NULL THEN pg_get_indexdef(i.indexrelid)
       ELSE format('ALTER TABLE %s ADD CONSTRAINT %I %s', i.indrelid::regclass, con.conname, pg_get_constraintdef(con.oid)) END AS definition,
  CASE WHEN con.oid IS NULL THEN format('DROP INDEX %s', i.indexrelid::regclass)
       ELSE format('ALTER TABLE %s DROP CONSTRAINT %I', i.indrelid::regclass, con.conname) END AS drop_statement
FROM pg_index i
JOIN pg_class ci ON ci.oid = i.indexrelid
LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x')
WHERE i.indrelid = to_regclass($1)
  AND NOT EXISTS (SELECT 1 FROM pg_constraint fk WHERE fk.contype = 'f' AND fk.conindid = i.indexrelid)
ORDER BY con.contype NULLS LAST, ci.relname
