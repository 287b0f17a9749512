-- verify: the tracking numbers of the sampled shipments.
SELECT t.parent_id AS id, CONCAT('track=', t.entity_id) AS sub, t.carrier_code, t.title, t.track_number, t.qty
FROM sales_shipment_track t WHERE t.parent_id IN (:ids)
