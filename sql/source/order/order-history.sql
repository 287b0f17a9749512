SELECT h.entity_id, h.parent_id, h.status, h.comment, h.is_customer_notified, h.is_visible_on_front, h.entity_name, h.created_at
FROM sales_order_status_history h
WHERE h.parent_id BETWEEN :lo AND :hi
ORDER BY h.parent_id, h.entity_id
