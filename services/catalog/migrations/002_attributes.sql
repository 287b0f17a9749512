-- EAV attribute definitions of products and categories, found in eav_attribute through eav_entity_type's
-- code (catalog_product / catalog_category), never a hard-coded id. Every attribute arrives, system and
-- user-defined alike: a product's values are keyed by attribute code and need its type and scope.
-- Ids are entityUuid('attribute', attribute_id).

CREATE TABLE attribute (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  entity_type text NOT NULL CHECK (entity_type IN ('product', 'category')),
  code text NOT NULL,
  -- static | int | decimal | varchar | text | datetime: how values are stored (and typed in the API).
  backend_type text NOT NULL,
  -- text | textarea | select | multiselect | boolean | price | date | datetime | media_image | weight | ...
  frontend_input text,
  -- Admin (store 0) label; per-store labels in attribute_label.
  label text,
  -- catalog_eav_attribute.is_global: 0 store, 1 global, 2 website.
  scope text NOT NULL CHECK (scope IN ('global', 'website', 'store')),
  is_required boolean NOT NULL,
  is_unique boolean NOT NULL,
  is_user_defined boolean NOT NULL,
  default_value text,
  note text,
  source_model text,
  backend_model text,
  frontend_model text,
  frontend_class text,
  is_visible boolean NOT NULL DEFAULT true,
  is_searchable boolean NOT NULL DEFAULT false,
  is_filterable smallint NOT NULL DEFAULT 0,
  is_comparable boolean NOT NULL DEFAULT false,
  is_visible_on_front boolean NOT NULL DEFAULT false,
  is_html_allowed_on_front boolean NOT NULL DEFAULT false,
  is_filterable_in_search boolean NOT NULL DEFAULT false,
  used_in_product_listing boolean NOT NULL DEFAULT false,
  used_for_sort_by boolean NOT NULL DEFAULT false,
  is_wysiwyg_enabled boolean NOT NULL DEFAULT false,
  -- Product types the attribute applies to; NULL: all types.
  apply_to text[],
  position integer NOT NULL DEFAULT 0,
  -- From catalog_eav_attribute.additional_data: visual | text | dropdown, NULL when not a swatch attribute.
  swatch_input_type text,
  additional_data jsonb,
  UNIQUE (entity_type, code)
);

-- Per-store frontend labels (eav_attribute_label); the admin label is attribute.label.
CREATE TABLE attribute_label (
  attribute_id uuid NOT NULL REFERENCES attribute (id) DEFERRABLE INITIALLY DEFERRED,
  store_id uuid NOT NULL REFERENCES store (id) DEFERRABLE INITIALLY DEFERRED,
  label text NOT NULL,
  PRIMARY KEY (attribute_id, store_id)
);
