SELECT e.magento_id AS id, e.identifier, s.code AS store FROM cms_page e
JOIN cms_page_store ps ON ps.page_id = e.id JOIN store s ON s.magento_id = ps.store_magento_id
