-- Always applied first, and idempotent: the record of applied migrations itself (of the bookkeeping and of the
-- service's own schema), so that every later file is applied once and only once.
CREATE SCHEMA IF NOT EXISTS magemig;
CREATE TABLE IF NOT EXISTS magemig.schema_migrations (
  name text PRIMARY KEY,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);
