-- Return labels, their content as bytes (often a PDF or an image: binary).
SELECT l.entity_id, l.rma_entity_id, l.shipping_label, l.packages, l.track_number, l.carrier_title, l.method_title, l.carrier_code, l.method_code, l.price, l.is_admin
FROM magento_rma_shipping_label l WHERE l.rma_entity_id BETWEEN :lo AND :hi ORDER BY l.rma_entity_id, l.entity_id
