SELECT magento_id FROM category
