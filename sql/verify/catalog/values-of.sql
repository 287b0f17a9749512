-- verify: every value row of the given entities in one value table ({{table}}, keyed by {{key}}).
SELECT v.{{key}} AS k, v.attribute_id, v.store_id, v.value FROM {{table}} v WHERE v.{{key}} IN (:keys)
