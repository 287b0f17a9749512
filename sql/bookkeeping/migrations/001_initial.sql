-- The magemig schema every service database carries beside the service's own tables: where each entity stopped
-- (the checkpoint), the rows that could not be loaded (rejects), the Magento id -> UUID map, the runs and the
-- settings that shape the content. Written in the same transaction as the data it describes.
-- IF NOT EXISTS throughout: databases created before the bookkeeping was versioned already hold these tables.
-- No serial columns: a sequence value consumed by a rolled-back batch is not given back, and a run killed and
-- resumed must end with exactly the content of an uninterrupted run.
CREATE TABLE IF NOT EXISTS magemig.checkpoint (
  entity text PRIMARY KEY,
  service text NOT NULL,
  last_key jsonb,
  batches integer NOT NULL DEFAULT 0,
  source_rows bigint NOT NULL DEFAULT 0,
  rows_loaded bigint NOT NULL DEFAULT 0,
  rows_rejected bigint NOT NULL DEFAULT 0,
  reject_records bigint NOT NULL DEFAULT 0,
  stats jsonb NOT NULL DEFAULT '{}',
  samples jsonb NOT NULL DEFAULT '[]',
  done boolean NOT NULL DEFAULT false,
  run_id text,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS magemig.rejects (
  service text NOT NULL,
  entity text NOT NULL,
  source_key text NOT NULL,
  reason text NOT NULL,
  detail text,
  run_id text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS rejects_entity_reason ON magemig.rejects (entity, reason);
CREATE TABLE IF NOT EXISTS magemig.id_map (
  entity_type text NOT NULL,
  magento_id text NOT NULL,
  uuid uuid NOT NULL,
  PRIMARY KEY (entity_type, magento_id)
);
CREATE TABLE IF NOT EXISTS magemig.runs (
  run_id text PRIMARY KEY,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  status text NOT NULL,
  options jsonb NOT NULL DEFAULT '{}'
);
-- The settings that shape the content (one row), from the run that started this database's migration:
-- a resumed run or a rerun must read the source the same way, or the target mixes two rules.
CREATE TABLE IF NOT EXISTS magemig.run_settings (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  edition text NOT NULL,
  null_policy text NOT NULL,
  staging_version bigint,
  run_id text,
  created_at timestamptz NOT NULL DEFAULT now()
);
