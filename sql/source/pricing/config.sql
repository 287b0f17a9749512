-- The settings prices depend on, at every scope (default / websites / stores).
SELECT c.scope, c.scope_id, c.path, c.value
FROM `core_config_data` c
WHERE c.path IN ('catalog/price/scope', 'currency/options/base', 'general/locale/timezone', 'cataloginventory/options/show_out_of_stock',
                 'cataloginventory/item_options/manage_stock')
ORDER BY c.config_id
