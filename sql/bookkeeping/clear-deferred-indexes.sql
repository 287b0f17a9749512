-- The entity's deferred indexes are built: forget their definitions (in the same transaction as the builds).
DELETE FROM magemig.deferred_index WHERE entity = {{raw:entity}}
