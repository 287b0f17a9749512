-- attribute_id -> entity type of the catalog attributes the attributes entity loads (no empty code, known
-- backend type): a small lookup for attribute set membership.
SELECT a.attribute_id, a.entity_type_id
FROM `eav_attribute` a
WHERE a.entity_type_id IN (:types) AND a.attribute_code <> ''
  AND a.backend_type IN ('static', 'int', 'decimal', 'varchar', 'text', 'datetime')
