-- The warehouse service: quantities per source, stocks of sources, reservations, and the salable quantity.
-- Without MSI in the source store, its legacy stock is the `default` source and stock 1, as Magento does.
-- Product facts the stock status depends on (type, enabled, composite parts) are the service's own copy.

CREATE TABLE source (
  id uuid PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  enabled boolean NOT NULL,
  description text,
  latitude numeric,
  longitude numeric,
  country_id text,
  region_id integer,
  region text,
  city text,
  street text,
  postcode text,
  contact_name text,
  email text,
  phone text,
  fax text,
  use_default_carrier_config boolean NOT NULL,
  -- true: built from the legacy stock (a store without MSI).
  from_legacy boolean NOT NULL
);

CREATE TABLE source_carrier (
  source_code text NOT NULL,
  carrier_code text NOT NULL,
  position integer,
  PRIMARY KEY (source_code, carrier_code)
);

CREATE TABLE stock (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  name text NOT NULL
);

CREATE TABLE stock_source (
  stock_id integer NOT NULL,
  source_code text NOT NULL,
  priority integer NOT NULL,
  PRIMARY KEY (stock_id, source_code)
);

-- Sales channels: website code -> stock.
CREATE TABLE sales_channel (
  type text NOT NULL,
  code text NOT NULL,
  stock_id integer NOT NULL,
  PRIMARY KEY (type, code)
);

-- cataloginventory/item_options/* as resolved for this store (default scope, Magento's shipped default when unset).
CREATE TABLE stock_config (
  path text PRIMARY KEY,
  value text NOT NULL,
  -- core_config_data, or Magento's config.xml default.
  origin text NOT NULL
);

CREATE TABLE product (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  sku text NOT NULL UNIQUE,
  type text NOT NULL,
  -- Some status row of the product is 1 (the legacy stock indexer's join: DefaultStock::_getStockStatusSelect).
  enabled boolean NOT NULL,
  required_options boolean NOT NULL
);

-- Configurable children, grouped members, bundle selections (with their option's required flag).
CREATE TABLE product_part (
  parent_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('configurable', 'grouped', 'bundle')),
  option_id integer NOT NULL,
  option_required boolean NOT NULL,
  child_magento_id integer NOT NULL,
  PRIMARY KEY (parent_id, kind, option_id, child_magento_id)
);

-- The legacy stock item (cataloginventory_stock_item), each use_config_* flag resolved against stock_config.
CREATE TABLE stock_item (
  product_id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  product_magento_id integer NOT NULL,
  sku text NOT NULL,
  qty numeric,
  is_in_stock boolean NOT NULL,
  is_qty_decimal boolean NOT NULL,
  manage_stock boolean NOT NULL,
  min_qty numeric NOT NULL,
  min_sale_qty numeric NOT NULL,
  max_sale_qty numeric NOT NULL,
  backorders smallint NOT NULL,
  notify_stock_qty numeric,
  enable_qty_increments boolean NOT NULL,
  qty_increments numeric NOT NULL,
  -- The raw flags, as Magento stored them (the resolved values above follow them).
  use_config jsonb NOT NULL,
  -- The item's own min_qty and qty as stored (MSI's salable conditions read them raw).
  raw_min_qty numeric
);

CREATE TABLE source_item (
  source_code text NOT NULL,
  sku text NOT NULL,
  -- inventory_source_item.source_item_id; NULL for an item built from the legacy stock.
  magento_id integer UNIQUE,
  quantity numeric,
  status smallint NOT NULL,
  PRIMARY KEY (source_code, sku)
);
CREATE INDEX source_item_sku ON source_item (sku);

CREATE TABLE reservation (
  id uuid PRIMARY KEY,
  -- inventory_reservation.reservation_id; NULL for a reservation made by this service.
  magento_id integer UNIQUE,
  stock_id integer NOT NULL,
  sku text NOT NULL,
  quantity numeric NOT NULL,
  metadata jsonb,
  order_id text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reservation_stock_sku ON reservation (stock_id, sku);

-- One row per order reserved through the service: what makes POST /warehouse/reservations idempotent.
CREATE TABLE reservation_order (
  order_id text PRIMARY KEY,
  stock_id integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
