SELECT h.entity_id, h.rma_entity_id, h.is_customer_notified, h.is_visible_on_front, h.comment, h.status, h.created_at, h.is_admin
FROM magento_rma_status_history h WHERE h.rma_entity_id BETWEEN :lo AND :hi ORDER BY h.rma_entity_id, h.entity_id
