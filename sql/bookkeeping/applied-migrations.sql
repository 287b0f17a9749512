SELECT name, checksum FROM magemig.schema_migrations
