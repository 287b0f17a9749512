SELECT r.magento_id AS id, NULL AS sub, r.code AS title, r.position, r.is_active FROM rating r WHERE r.magento_id = ANY($1)
UNION ALL
SELECT r.magento_id, 'store=' || s.code, t.title, NULL, NULL FROM rating_title t JOIN rating r ON r.id = t.rating_id JOIN store s ON s.magento_id = t.store_magento_id
WHERE r.magento_id = ANY($1)
