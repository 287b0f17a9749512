-- Invoices, shipments and credit memos: each with its Magento key, its own increment id per store view and
-- the order it belongs to (order_id = sales_order.id). Amounts exact, in the order currency and, base_*, in
-- the base currency. Items name the order line they bill, ship or refund (order_item_magento_id).

CREATE TABLE invoice (
  id uuid PRIMARY KEY,
  magento_id bigint NOT NULL,
  order_id uuid NOT NULL,
  order_magento_id bigint NOT NULL,
  increment_id text NOT NULL,
  store_magento_id integer,
  -- 1 open, 2 paid, 3 canceled (Magento\Sales\Model\Order\Invoice::STATE_*)
  state integer,
  order_currency text NOT NULL,
  base_currency text NOT NULL,
  subtotal numeric, base_subtotal numeric,
  tax_amount numeric, base_tax_amount numeric,
  shipping_amount numeric, base_shipping_amount numeric,
  discount_amount numeric, base_discount_amount numeric,
  grand_total numeric, base_grand_total numeric,
  total_qty numeric,
  transaction_id text,
  created_at timestamptz,
  updated_at timestamptz
);
CREATE UNIQUE INDEX invoice_increment_store_idx ON invoice (increment_id, coalesce(store_magento_id, -1));
CREATE INDEX invoice_order_idx ON invoice (order_id);

CREATE TABLE invoice_item (
  invoice_id uuid NOT NULL,
  magento_id bigint NOT NULL,
  order_item_magento_id bigint,
  product_magento_id bigint,
  sku text, name text,
  qty numeric,
  price numeric, base_price numeric,
  row_total numeric, base_row_total numeric,
  tax_amount numeric, base_tax_amount numeric,
  discount_amount numeric, base_discount_amount numeric,
  PRIMARY KEY (invoice_id, magento_id)
);

CREATE TABLE invoice_comment (
  invoice_id uuid NOT NULL,
  magento_id bigint NOT NULL,
  comment text,
  is_customer_notified integer,
  is_visible_on_front boolean,
  created_at timestamptz,
  PRIMARY KEY (invoice_id, magento_id)
);

CREATE TABLE shipment (
  id uuid PRIMARY KEY,
  magento_id bigint NOT NULL,
  order_id uuid NOT NULL,
  order_magento_id bigint NOT NULL,
  increment_id text NOT NULL,
  store_magento_id integer,
  total_qty numeric,
  total_weight numeric,
  shipment_status integer,
  created_at timestamptz,
  updated_at timestamptz
);
CREATE UNIQUE INDEX shipment_increment_store_idx ON shipment (increment_id, coalesce(store_magento_id, -1));
CREATE INDEX shipment_order_idx ON shipment (order_id);

CREATE TABLE shipment_item (
  shipment_id uuid NOT NULL,
  magento_id bigint NOT NULL,
  order_item_magento_id bigint,
  product_magento_id bigint,
  sku text, name text,
  qty numeric,
  price numeric,
  weight numeric,
  PRIMARY KEY (shipment_id, magento_id)
);

CREATE TABLE shipment_track (
  shipment_id uuid NOT NULL,
  magento_id bigint NOT NULL,
  carrier_code text,
  title text,
  track_number text,
  description text,
  qty numeric,
  weight numeric,
  created_at timestamptz,
  PRIMARY KEY (shipment_id, magento_id)
);

CREATE TABLE shipment_comment (
  shipment_id uuid NOT NULL,
  magento_id bigint NOT NULL,
  comment text,
  is_customer_notified integer,
  is_visible_on_front boolean,
  created_at timestamptz,
  PRIMARY KEY (shipment_id, magento_id)
);

CREATE TABLE creditmemo (
  id uuid PRIMARY KEY,
  magento_id bigint NOT NULL,
  order_id uuid NOT NULL,
  order_magento_id bigint NOT NULL,
  increment_id text NOT NULL,
  store_magento_id integer,
  invoice_magento_id bigint,
  -- 1 open, 2 refunded, 3 canceled (Magento\Sales\Model\Order\Creditmemo::STATE_*)
  state integer,
  order_currency text NOT NULL,
  base_currency text NOT NULL,
  subtotal numeric, base_subtotal numeric,
  tax_amount numeric, base_tax_amount numeric,
  shipping_amount numeric, base_shipping_amount numeric,
  discount_amount numeric, base_discount_amount numeric,
  adjustment numeric, base_adjustment numeric,
  adjustment_positive numeric, base_adjustment_positive numeric,
  adjustment_negative numeric, base_adjustment_negative numeric,
  grand_total numeric, base_grand_total numeric,
  transaction_id text,
  created_at timestamptz,
  updated_at timestamptz
);
CREATE UNIQUE INDEX creditmemo_increment_store_idx ON creditmemo (increment_id, coalesce(store_magento_id, -1));
CREATE INDEX creditmemo_order_idx ON creditmemo (order_id);

CREATE TABLE creditmemo_item (
  creditmemo_id uuid NOT NULL,
  magento_id bigint NOT NULL,
  order_item_magento_id bigint,
  product_magento_id bigint,
  sku text, name text,
  qty numeric,
  price numeric, base_price numeric,
  row_total numeric, base_row_total numeric,
  tax_amount numeric, base_tax_amount numeric,
  discount_amount numeric, base_discount_amount numeric,
  PRIMARY KEY (creditmemo_id, magento_id)
);

CREATE TABLE creditmemo_comment (
  creditmemo_id uuid NOT NULL,
  magento_id bigint NOT NULL,
  comment text,
  is_customer_notified integer,
  is_visible_on_front boolean,
  created_at timestamptz,
  PRIMARY KEY (creditmemo_id, magento_id)
);
