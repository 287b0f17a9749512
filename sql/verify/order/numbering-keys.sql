-- verify: the numbering profiles (one per entity type and store view).
SELECT m.meta_id AS id, m.entity_type, m.store_id FROM sales_sequence_meta m
