SELECT magento_id AS id, type_id, attribute_set_id, weight FROM product WHERE magento_id = ANY($1)
