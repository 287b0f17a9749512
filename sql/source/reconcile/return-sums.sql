-- Returns, their items (with the quantity requested summed) and labels (with their bytes summed); bad_*: those
-- under a return whose order is gone.
SELECT 'returns' AS doc, 'count' AS measure, COUNT(*) AS total, SUM(o.entity_id IS NULL) AS bad_total
FROM magento_rma r LEFT JOIN sales_order o ON o.entity_id = r.order_id
UNION ALL
SELECT 'return items', 'count', COUNT(*), SUM(o.entity_id IS NULL)
FROM magento_rma_item_entity i JOIN magento_rma r ON r.entity_id = i.rma_entity_id LEFT JOIN sales_order o ON o.entity_id = r.order_id
UNION ALL
SELECT 'return items', 'qty_requested', SUM(i.qty_requested), SUM(IF(o.entity_id IS NULL, i.qty_requested, 0))
FROM magento_rma_item_entity i JOIN magento_rma r ON r.entity_id = i.rma_entity_id LEFT JOIN sales_order o ON o.entity_id = r.order_id
UNION ALL
SELECT 'return labels', 'count', COUNT(*), SUM(o.entity_id IS NULL)
FROM magento_rma_shipping_label l JOIN magento_rma r ON r.entity_id = l.rma_entity_id LEFT JOIN sales_order o ON o.entity_id = r.order_id
UNION ALL
SELECT 'return labels', 'label_bytes', SUM(OCTET_LENGTH(l.shipping_label)), SUM(IF(o.entity_id IS NULL, OCTET_LENGTH(l.shipping_label), 0))
FROM magento_rma_shipping_label l JOIN magento_rma r ON r.entity_id = l.rma_entity_id LEFT JOIN sales_order o ON o.entity_id = r.order_id
