-- An EAV entity type by code: its entity table and the prefix of its value tables (NULL: the entity table).
SELECT t.entity_type_id, t.entity_type_code, t.entity_table, t.value_table_prefix
FROM `eav_entity_type` t
WHERE t.entity_type_code = :code
