-- The checkout service: recent active carts (migrate --carts-since), for abandoned-cart recovery: lines,
-- addresses, the applied coupon code. Customers are referenced by the customer context's UUID (no foreign key
-- leaves this database). Money and quantities are exact numerics with their currency.

CREATE TABLE store (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  code text NOT NULL UNIQUE,
  name text,
  website_magento_id integer NOT NULL,
  website_code text,
  is_active boolean NOT NULL
);

CREATE TABLE cart (
  id uuid PRIMARY KEY,
  magento_id bigint NOT NULL UNIQUE,
  store_magento_id integer NOT NULL,
  customer_id uuid,
  customer_magento_id integer,
  customer_group_magento_id integer,
  email text,
  firstname text,
  lastname text,
  is_guest boolean NOT NULL,
  coupon_code text,
  items_count integer NOT NULL,
  items_qty numeric(12, 4),
  subtotal numeric(20, 4),
  base_subtotal numeric(20, 4),
  grand_total numeric(20, 4),
  base_grand_total numeric(20, 4),
  currency text,
  base_currency text,
  created_at timestamptz,
  updated_at timestamptz
);
CREATE INDEX cart_customer ON cart (customer_id);
CREATE INDEX cart_email ON cart (lower(email));

CREATE TABLE cart_item (
  id uuid PRIMARY KEY,
  magento_id bigint NOT NULL UNIQUE,
  cart_id uuid NOT NULL REFERENCES cart (id),
  parent_magento_id bigint,
  product_id uuid,
  product_magento_id integer,
  product_type text,
  sku text NOT NULL,
  name text,
  qty numeric(12, 4) NOT NULL,
  price numeric(20, 4),
  base_price numeric(20, 4),
  row_total numeric(20, 4),
  base_row_total numeric(20, 4),
  discount_amount numeric(20, 4),
  tax_amount numeric(20, 4)
);
CREATE INDEX cart_item_cart ON cart_item (cart_id);

CREATE TABLE cart_address (
  id uuid PRIMARY KEY,
  magento_id bigint NOT NULL UNIQUE,
  cart_id uuid NOT NULL REFERENCES cart (id),
  address_type text NOT NULL,
  email text,
  firstname text,
  lastname text,
  company text,
  street text[] NOT NULL,
  city text,
  region text,
  region_magento_id integer,
  postcode text,
  country_id text,
  telephone text,
  shipping_method text,
  shipping_amount numeric(20, 4)
);
CREATE INDEX cart_address_cart ON cart_address (cart_id);
