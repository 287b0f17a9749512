-- verify: every category's id and value-table key.
SELECT e.entity_id, e.{{key}} AS k FROM `catalog_category_entity` e WHERE 1 = 1 {{raw:current_e}}
