SELECT d.magento_id AS id, 'track=' || t.magento_id AS sub, t.carrier_code, t.title, t.track_number, t.qty
FROM shipment_track t JOIN shipment d ON d.id = t.shipment_id WHERE d.magento_id = ANY($1)
