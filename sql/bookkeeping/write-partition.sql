INSERT INTO magemig.partitions (entity, partition, position, lo, hi) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING
