-- Indexes an entity dropped before its bulk load, to be built once it is loaded (as pg_restore builds them
-- after the data): a sorted build costs a fraction of maintaining a btree row by row, most of all on keys
-- led by random UUIDs. Each row is written in the transaction that drops its index and deleted in the
-- transaction that builds it again and marks the entity done, so a run killed at any point leaves either the
-- index or its definition here, and the next run of the entity builds what is missing. Not emptied by
-- --restart (the definitions are the schema's, not the data's).
CREATE TABLE IF NOT EXISTS magemig.deferred_index (
  entity text NOT NULL,
  table_name text NOT NULL,
  index_name text NOT NULL,
  -- The statement that builds it again: CREATE INDEX ... or ALTER TABLE ... ADD CONSTRAINT ... (Postgres' own text).
  definition text NOT NULL,
  position integer NOT NULL,
  PRIMARY KEY (entity, table_name, index_name)
);
