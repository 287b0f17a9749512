-- The indexes an entity dropped for its bulk load and has not built again, in the order they were recorded.
SELECT table_name, index_name, definition FROM magemig.deferred_index WHERE entity = $1 ORDER BY position, table_name, index_name
