SELECT magento_id AS id, parent_magento_id, tree_level, sort_order FROM staff_role WHERE magento_id = ANY($1)
