-- What a composite or downloadable product owns itself (no reference to another product): configurable
-- super attributes, bundle options, downloadable links and samples. Store views' own titles/labels live in
-- product_store_title. Prices (bundle selection prices, link prices) belong to the pricing service.
-- Ids: entityUuid('product_super_attribute' | 'product_bundle_option' | 'product_downloadable_link' |
-- 'product_downloadable_sample', Magento id).

-- Configurable products: the attributes their children vary on (catalog_product_super_attribute).
CREATE TABLE product_super_attribute (
  id uuid PRIMARY KEY,
  product_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  magento_id integer NOT NULL UNIQUE,
  -- attribute.id = entityUuid('attribute', attribute_id)
  attribute_id uuid NOT NULL,
  attribute_code text NOT NULL,
  position integer NOT NULL DEFAULT 0,
  -- Default (store 0) label; NULL: the attribute's own label.
  label text,
  UNIQUE (product_id, attribute_id)
);

CREATE TABLE product_bundle_option (
  id uuid PRIMARY KEY,
  product_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  magento_id integer NOT NULL UNIQUE,
  required boolean NOT NULL,
  position integer NOT NULL DEFAULT 0,
  -- select | radio | checkbox | multi
  type text,
  title text
);
CREATE INDEX product_bundle_option_product_idx ON product_bundle_option (product_id);

CREATE TABLE product_downloadable_link (
  id uuid PRIMARY KEY,
  product_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  magento_id integer NOT NULL UNIQUE,
  sort_order integer NOT NULL DEFAULT 0,
  -- NULL or 0: unlimited.
  number_of_downloads integer,
  -- 0 no, 1 yes, 2 use config
  is_shareable smallint NOT NULL DEFAULT 0,
  link_type text,
  link_url text,
  link_file text,
  sample_type text,
  sample_url text,
  sample_file text,
  title text
);
CREATE INDEX product_downloadable_link_product_idx ON product_downloadable_link (product_id);

CREATE TABLE product_downloadable_sample (
  id uuid PRIMARY KEY,
  product_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  magento_id integer NOT NULL UNIQUE,
  sort_order integer NOT NULL DEFAULT 0,
  sample_type text,
  sample_url text,
  sample_file text,
  title text
);
CREATE INDEX product_downloadable_sample_product_idx ON product_downloadable_sample (product_id);
