-- Options of select / multiselect attributes (eav_attribute_option), their labels and swatches.
-- The admin (store 0) label and swatch live on the option row; store views' own ones in the tables below
-- (a store view shows its own label when it has one, else the admin label, as Magento does).
-- Ids are entityUuid('attribute_option', option_id); option_id is what product values hold.

CREATE TABLE attribute_option (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  attribute_id uuid NOT NULL REFERENCES attribute (id) DEFERRABLE INITIALLY DEFERRED,
  sort_order integer NOT NULL DEFAULT 0,
  label text,
  -- eav_attribute_option_swatch.type: 0 text, 1 visual color, 2 visual image, 3 empty (Magento\Swatches\Model\Swatch).
  swatch_type text CHECK (swatch_type IN ('text', 'color', 'image', 'empty')),
  swatch_value text
);
CREATE INDEX attribute_option_attribute_id_idx ON attribute_option (attribute_id);

CREATE TABLE attribute_option_label (
  option_id uuid NOT NULL REFERENCES attribute_option (id) DEFERRABLE INITIALLY DEFERRED,
  store_id uuid NOT NULL REFERENCES store (id) DEFERRABLE INITIALLY DEFERRED,
  label text NOT NULL,
  PRIMARY KEY (option_id, store_id)
);

CREATE TABLE attribute_option_swatch (
  option_id uuid NOT NULL REFERENCES attribute_option (id) DEFERRABLE INITIALLY DEFERRED,
  store_id uuid NOT NULL REFERENCES store (id) DEFERRABLE INITIALLY DEFERRED,
  swatch_type text NOT NULL CHECK (swatch_type IN ('text', 'color', 'image', 'empty')),
  swatch_value text,
  PRIMARY KEY (option_id, store_id)
);
