-- Raw EAV values of one value table for a key range of entities: one range scan of the
-- (key, attribute_id, store_id) unique index. Never OFFSET: the caller walks the entity table by keyset
-- and asks for the range of the page it got. {{key}} is entity_id (Open Source) or row_id (Commerce: every
-- version in the range comes back; the caller keeps the rows of the current versions it selected).
SELECT v.{{key}}, v.attribute_id, v.store_id, v.value
FROM {{table}} v {{raw:index_hint}}
WHERE v.{{key}} BETWEEN :lo AND :hi
