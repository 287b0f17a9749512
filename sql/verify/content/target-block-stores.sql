SELECT e.magento_id AS id, e.identifier, s.code AS store FROM cms_block e
JOIN cms_block_store ps ON ps.block_id = e.id JOIN store s ON s.magento_id = ps.store_magento_id
