-- verify: every order, its increment id and store view (one increment id per store: Magento's unique key).
SELECT o.entity_id AS id, o.increment_id, o.store_id, s.code AS store FROM sales_order o LEFT JOIN store s ON s.store_id = o.store_id
