-- The Magento keys of an entity's rejects (to tell a key the run rejected from one it lost).
SELECT source_key, reason FROM magemig.rejects WHERE entity = $1
