SELECT c.entity_id, c.parent_id, c.comment, c.is_customer_notified, c.is_visible_on_front, c.created_at
FROM sales_invoice_comment c
WHERE c.parent_id BETWEEN :lo AND :hi
ORDER BY c.parent_id, c.entity_id
