-- Raw EAV values of a value table with no store_id column (customer, customer_address): every row is the
-- default scope, reported as store 0 so one pivot serves every entity type.
SELECT v.{{key}}, v.attribute_id, 0 AS store_id, v.value
FROM {{table}} v {{raw:index_hint}}
WHERE v.{{key}} BETWEEN :lo AND :hi
