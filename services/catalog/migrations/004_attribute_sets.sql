-- Attribute sets and their groups (eav_attribute_set, eav_attribute_group, eav_entity_attribute) of
-- products and categories. Ids: entityUuid('attribute_set' | 'attribute_group', magento id).

CREATE TABLE attribute_set (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  entity_type text NOT NULL CHECK (entity_type IN ('product', 'category')),
  name text NOT NULL,
  sort_order integer NOT NULL DEFAULT 0,
  -- eav_entity_type.default_attribute_set_id
  is_default boolean NOT NULL DEFAULT false,
  UNIQUE (entity_type, name)
);

CREATE TABLE attribute_group (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  attribute_set_id uuid NOT NULL REFERENCES attribute_set (id) DEFERRABLE INITIALLY DEFERRED,
  name text NOT NULL,
  code text NOT NULL,
  tab_group_code text,
  sort_order integer NOT NULL DEFAULT 0,
  is_default boolean NOT NULL DEFAULT false
);
CREATE INDEX attribute_group_set_idx ON attribute_group (attribute_set_id);

CREATE TABLE attribute_set_attribute (
  attribute_set_id uuid NOT NULL REFERENCES attribute_set (id) DEFERRABLE INITIALLY DEFERRED,
  attribute_group_id uuid NOT NULL REFERENCES attribute_group (id) DEFERRABLE INITIALLY DEFERRED,
  attribute_id uuid NOT NULL REFERENCES attribute (id) DEFERRABLE INITIALLY DEFERRED,
  sort_order integer NOT NULL DEFAULT 0,
  PRIMARY KEY (attribute_set_id, attribute_id)
);
