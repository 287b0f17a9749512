-- verify: every invoice, its increment id and store view.
SELECT d.entity_id AS id, d.increment_id, d.store_id, s.code AS store FROM sales_invoice d LEFT JOIN store s ON s.store_id = d.store_id
