-- verify: the numbering profiles (one per entity type and store view) with their active profile's format.
SELECT m.meta_id AS id, m.entity_type, m.store_id, p.prefix, p.suffix, p.start_value, p.step
FROM sales_sequence_meta m LEFT JOIN sales_sequence_profile p ON p.meta_id = m.meta_id AND p.is_active = 1
