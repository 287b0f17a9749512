SELECT c.magento_id, cs.name, cs.url_key, cs.is_active, cs.include_in_menu
FROM category c JOIN category_store cs ON cs.category_id = c.id AND cs.store_id = $2
WHERE c.magento_id = ANY($1)
