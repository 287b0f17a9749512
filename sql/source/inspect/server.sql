-- The database inspected and the server it lives on.
SELECT DATABASE() AS db, VERSION() AS version
