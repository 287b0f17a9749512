-- The key ranges an entity was split into (parallel workers): each range has its own checkpoint
-- (magemig.checkpoint, partition = the range's name). Once a plan exists, every run of the entity (workers or
-- not) continues it range by range, so a run can never start the entity over beside a half-done plan.
CREATE TABLE IF NOT EXISTS magemig.partitions (
  entity text NOT NULL,
  partition text NOT NULL,
  position integer NOT NULL,
  -- The first key column's range: lo < key <= hi.
  lo bigint NOT NULL,
  hi bigint NOT NULL,
  PRIMARY KEY (entity, partition)
);
