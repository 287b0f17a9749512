-- An entity's partition plan, in key order (empty: the entity is read whole).
SELECT partition, position, lo, hi FROM magemig.partitions WHERE entity = $1 ORDER BY position
