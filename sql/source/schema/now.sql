-- The source server's clock: Adobe Commerce's current staging version is the row current at this instant.
SELECT UNIX_TIMESTAMP() AS now
