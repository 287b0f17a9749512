SELECT e.magento_id AS id, 'store=' || s.code AS sub, e.identifier, e.title, e.content, e.active, e.created_at, e.updated_at
FROM cms_block e JOIN cms_block_store ps ON ps.block_id = e.id JOIN store s ON s.magento_id = ps.store_magento_id
WHERE e.magento_id = ANY($1)
