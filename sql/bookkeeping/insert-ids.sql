-- The same Magento entity may be named by two batches (a child seen from two parents): its UUID is
-- deterministic, so the first row is as good as the second.
INSERT INTO magemig.id_map (entity_type, magento_id, uuid)
SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[])
ON CONFLICT DO NOTHING
