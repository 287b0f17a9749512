-- Products: a relational core plus scoped attribute values (not EAV copied over).
-- Ids: product.id = entityUuid('product', entity_id); Adobe Commerce's row_id is a version key, entity_id
-- the stable one.
-- Foreign keys: the tables written in bulk, several rows per product (scoped values, website and category
-- assignment, media), have none: the migration builds their rows only for the products of the same batch,
-- and a deferred FK check per row would cost about half the load (measured on this machine: 1 M rows COPY
-- in 2.4 s without, 11 s with two deferred FKs). Low-volume tables keep theirs (DEFERRABLE INITIALLY DEFERRED).
--
-- Attribute values, by attribute_code, typed as in the products API: int -> JSON number (a select's option
-- id), multiselect -> array of option ids, decimal -> string with the exact stored value ("12.500000"),
-- datetime -> ISO 8601 UTC string ("2024-01-31T00:00:00Z"), varchar/text -> string (a varchar-backed select
-- such as country_of_manufacture keeps its stored string). Static attributes (sku, type, dates) are columns.
-- Three layers, each holding only what changes the result:
--   product.attributes                  default scope (store 0);
--   product_website_attributes          website-scope attributes (is_global 2), one value per website;
--   product_store_attributes            store-scope attributes (is_global 0) per store view.
-- A JSON null in a website/store layer hides the default (explicit NULL store rows, --null-policy explicit).
-- What store view S of website W shows:
--   SELECT jsonb_strip_nulls(p.attributes || COALESCE(w.attributes, '{}') || COALESCE(s.attributes, '{}'))
--   FROM product p
--   LEFT JOIN product_website_attributes w ON w.product_id = p.id AND w.website_id = :W
--   LEFT JOIN product_store_attributes s ON s.product_id = p.id AND s.store_id = :S
-- Prices (frontend_input 'price', tier_price, special_from/to_date) and stock (quantity_and_stock_status)
-- belong to the pricing and warehouse services: they are read and pivoted, but not stored here
-- (transforms/catalog/product-attribute-routing.ts is the seam).

CREATE TABLE product (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  -- Unique in Magento by its case- and accent-insensitive collation: later duplicates are rejected (DUPLICATE_SKU).
  sku text NOT NULL UNIQUE,
  -- simple | virtual | configurable | bundle | grouped | downloadable | (a custom type's code)
  type text NOT NULL,
  -- attribute_set.id = entityUuid('attribute_set', attribute_set_id); no FK: a product may name a deleted set.
  attribute_set_id uuid NOT NULL,
  attribute_set_magento_id integer NOT NULL,
  has_options boolean NOT NULL DEFAULT false,
  required_options boolean NOT NULL DEFAULT false,
  created_at timestamptz,
  updated_at timestamptz,
  -- Default-scope (store 0) values by attribute code.
  attributes jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX product_sku_lower_idx ON product (lower(sku));

CREATE TABLE product_website_attributes (
  -- product.id; website.id
  product_id uuid NOT NULL,
  website_id uuid NOT NULL,
  attributes jsonb NOT NULL,
  PRIMARY KEY (product_id, website_id)
);

CREATE TABLE product_store_attributes (
  -- product.id; store.id
  product_id uuid NOT NULL,
  store_id uuid NOT NULL,
  attributes jsonb NOT NULL,
  PRIMARY KEY (product_id, store_id)
);

-- Website assignment (catalog_product_website).
CREATE TABLE product_website (
  -- product.id; website.id
  product_id uuid NOT NULL,
  website_id uuid NOT NULL,
  PRIMARY KEY (product_id, website_id)
);
CREATE INDEX product_website_website_id_idx ON product_website (website_id);

-- Category assignment with the product's position in the category (catalog_category_product).
-- category_id = entityUuid('category', category entity_id); no FK: the category migration owns categories
-- and may reject one. Links to categories missing from the source are rejected (DANGLING_REFERENCE).
CREATE TABLE product_category (
  -- product.id
  product_id uuid NOT NULL,
  category_id uuid NOT NULL,
  category_magento_id integer NOT NULL,
  position integer NOT NULL DEFAULT 0,
  PRIMARY KEY (product_id, category_id)
);
CREATE INDEX product_category_category_idx ON product_category (category_id, position);
