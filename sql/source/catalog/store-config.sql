-- The few settings a store view needs, at every scope (default / websites / stores).
SELECT c.scope, c.scope_id, c.path, c.value
FROM `core_config_data` c
WHERE c.path IN ('general/locale/code', 'currency/options/base', 'currency/options/default')
ORDER BY c.config_id
