SELECT magento_id AS id, identifier FROM cms_page
