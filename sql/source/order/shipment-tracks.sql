SELECT t.entity_id, t.parent_id, t.carrier_code, t.title, t.track_number, t.description, t.qty, t.weight, t.created_at
FROM sales_shipment_track t
WHERE t.parent_id BETWEEN :lo AND :hi
ORDER BY t.parent_id, t.entity_id
