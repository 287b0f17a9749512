-- One index dropped for an entity's bulk load, with the statement that builds it again.
INSERT INTO magemig.deferred_index (entity, table_name, index_name, definition, position)
VALUES ($1, $2, $3, $4, $5)
ON CONFLICT DO NOTHING
