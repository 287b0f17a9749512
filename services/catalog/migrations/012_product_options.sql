-- Custom options (catalog_product_option*): a product's own options (field, area, file, drop_down, radio,
-- checkbox, multiple, date, date_time, time) and, for the select kinds, their values. Titles: the default
-- (store 0) one here, store views' own ones in product_store_title. Option prices belong to the pricing
-- service (read, not stored here).
-- Ids: entityUuid('product_option', option_id), entityUuid('product_option_value', option_type_id).

CREATE TABLE product_option (
  id uuid PRIMARY KEY,
  product_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  magento_id integer NOT NULL UNIQUE,
  type text,
  is_required boolean NOT NULL,
  sku text,
  max_characters integer,
  file_extension text,
  image_size_x integer,
  image_size_y integer,
  sort_order integer NOT NULL DEFAULT 0,
  title text
);
CREATE INDEX product_option_product_idx ON product_option (product_id);

CREATE TABLE product_option_value (
  id uuid PRIMARY KEY,
  option_id uuid NOT NULL REFERENCES product_option (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  product_id uuid NOT NULL,
  magento_id integer NOT NULL UNIQUE,
  sku text,
  sort_order integer NOT NULL DEFAULT 0,
  title text
);
CREATE INDEX product_option_value_option_idx ON product_option_value (option_id);

-- Store views' own titles of everything a product owns that has a title: a store view shows its title here,
-- else the default title on the owning row. kind says which table ref_id points into:
--   option -> product_option, option_value -> product_option_value, bundle_option -> product_bundle_option,
--   downloadable_link -> product_downloadable_link, downloadable_sample -> product_downloadable_sample,
--   super_attribute -> product_super_attribute (its label).
CREATE TABLE product_store_title (
  ref_id uuid NOT NULL,
  store_id uuid NOT NULL REFERENCES store (id) DEFERRABLE INITIALLY DEFERRED,
  product_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  kind text NOT NULL CHECK (kind IN ('option', 'option_value', 'bundle_option', 'downloadable_link', 'downloadable_sample', 'super_attribute')),
  title text NOT NULL,
  PRIMARY KEY (ref_id, store_id)
);
CREATE INDEX product_store_title_product_idx ON product_store_title (product_id);
