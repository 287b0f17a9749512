-- The pricing service: what a product costs, per website, customer group, quantity and date.
-- Money is exact (numeric) with its currency; every row keeps its Magento key beside its UUID.
-- Rows of a product hang on its UUID without foreign keys (a bulk load checks nothing per row; the migration
-- writes a product and its rows in one batch). Product facts that catalog price rules test (categories,
-- attribute set, SKU, attribute values) are the
-- service's own copy: no call to the catalog service, no foreign key across contexts.

CREATE TABLE website (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  code text NOT NULL UNIQUE,
  name text,
  is_default boolean NOT NULL,
  default_store_id integer,
  -- currency/options/base at the website (price scope website), else the global one.
  base_currency char(3) NOT NULL,
  -- general/locale/timezone of the website's default store view: the calendar special prices and rules follow.
  timezone text NOT NULL,
  -- directory_currency_rate from the global base currency to the website's (1 when equal or absent).
  currency_rate numeric NOT NULL,
  price_scope text NOT NULL CHECK (price_scope IN ('global', 'website')),
  -- cataloginventory/options/show_out_of_stock: out-of-stock products keep their prices on the storefront.
  show_out_of_stock boolean NOT NULL
);

CREATE TABLE customer_group (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  code text NOT NULL
);

CREATE TABLE product (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  sku text NOT NULL UNIQUE,
  type text NOT NULL,
  attribute_set_id integer NOT NULL,
  required_options boolean NOT NULL,
  -- Bundles: dynamic (price from the selections) or fixed.
  bundle_price_type text CHECK (bundle_price_type IN ('dynamic', 'fixed')),
  -- Magento's price index filter (ProductPriceIndexFilter): false when stock is managed and no stock item is in stock.
  in_stock boolean NOT NULL
);

-- One row per product and website it is assigned to, its values resolved by price scope.
CREATE TABLE product_price (
  product_id uuid NOT NULL,
  product_magento_id integer NOT NULL,
  website_id integer NOT NULL,
  currency char(3) NOT NULL,
  enabled boolean NOT NULL,
  visibility smallint,
  price numeric,
  special_price numeric,
  special_from_date date,
  special_to_date date,
  cost numeric,
  msrp numeric,
  PRIMARY KEY (product_id, website_id)
);

CREATE TABLE tier_price (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  product_id uuid NOT NULL,
  product_magento_id integer NOT NULL,
  -- 0: every website.
  website_id integer NOT NULL,
  all_groups boolean NOT NULL,
  customer_group_id integer NOT NULL,
  qty numeric NOT NULL,
  value numeric NOT NULL,
  -- 2.2+: a discount in percent (value is then 0).
  percentage_value numeric,
  currency char(3) NOT NULL
);
CREATE INDEX tier_price_product ON tier_price (product_id);

-- Magento's getAvailableInCategories(): the categories a product is directly in, where a store view lists it.
CREATE TABLE product_category (
  product_id uuid NOT NULL,
  category_id integer NOT NULL,
  PRIMARY KEY (product_id, category_id)
);

-- Values of the attributes catalog price rules test, at each website's default store view (else store 0).
CREATE TABLE product_attribute (
  product_id uuid NOT NULL,
  website_id integer NOT NULL,
  attribute_code text NOT NULL,
  value text NOT NULL,
  PRIMARY KEY (product_id, website_id, attribute_code)
);

-- Configurable children (catalog_product_super_link) and grouped members (catalog_product_link type 3).
CREATE TABLE product_link (
  parent_id uuid NOT NULL,
  parent_magento_id integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('configurable', 'grouped')),
  child_id uuid NOT NULL,
  child_magento_id integer NOT NULL,
  PRIMARY KEY (parent_id, kind, child_id)
);
CREATE INDEX product_link_child ON product_link (child_id);

-- Bundle selections with their option; website_id 0 is the default price, others override it.
CREATE TABLE bundle_selection (
  magento_id integer NOT NULL,
  website_id integer NOT NULL,
  parent_id uuid NOT NULL,
  option_id integer NOT NULL,
  option_required boolean NOT NULL,
  option_type text NOT NULL,
  child_id uuid NOT NULL,
  child_magento_id integer NOT NULL,
  qty numeric NOT NULL,
  price_type text NOT NULL CHECK (price_type IN ('fixed', 'percent')),
  price_value numeric NOT NULL,
  PRIMARY KEY (magento_id, website_id)
);
CREATE INDEX bundle_selection_parent ON bundle_selection (parent_id);

-- Catalog price rules, structured: conditions as a tree the service evaluates (services/pricing/rule-conditions.ts).
CREATE TABLE catalog_rule (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  name text,
  description text,
  is_active boolean NOT NULL,
  -- false when a condition could not be understood: the rule is kept, disabled, and named in the report.
  evaluable boolean NOT NULL,
  unsupported jsonb NOT NULL DEFAULT '[]',
  from_date date,
  to_date date,
  sort_order integer NOT NULL,
  stop_rules_processing boolean NOT NULL,
  simple_action text NOT NULL,
  discount_amount numeric NOT NULL,
  conditions jsonb,
  website_ids integer[] NOT NULL,
  customer_group_ids integer[] NOT NULL
);
