-- Value tables are <value_table_prefix or entity_table>_<backend type>, e.g. catalog_product_entity_int.
SELECT t.entity_type_id, t.entity_type_code, t.entity_table, t.value_table_prefix
FROM `eav_entity_type` t
ORDER BY t.entity_type_id
