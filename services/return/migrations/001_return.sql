-- Returns (Adobe Commerce RMA), linked to the order service's orders and order items by deterministic UUID
-- (entityUuid('order', id), entityUuid('order_item', item_id)); no foreign key crosses a context.
CREATE TABLE rma (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  increment_id text,
  status text,
  is_active boolean NOT NULL,
  date_requested timestamptz,
  order_id uuid NOT NULL,
  order_magento_id integer NOT NULL,
  order_increment_id text,
  store_magento_id integer,
  customer_id uuid,
  customer_magento_id integer,
  customer_custom_email text
);
CREATE INDEX rma_order ON rma (order_id);
CREATE INDEX rma_customer ON rma (customer_id);

-- Returned items; `attributes` holds the rma_item EAV values by attribute code ({"resolution": {"value": 9001,
-- "label": "Refund"}, "reason_other": {"value": "..."}}), as Magento's own item form shows them.
CREATE TABLE rma_item (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  rma_id uuid NOT NULL REFERENCES rma (id),
  order_item_id uuid,
  order_item_magento_id integer,
  product_name text,
  product_sku text,
  product_admin_name text,
  product_admin_sku text,
  status text,
  is_qty_decimal boolean NOT NULL,
  qty_requested numeric(12, 4) NOT NULL,
  qty_authorized numeric(12, 4),
  qty_approved numeric(12, 4),
  qty_returned numeric(12, 4),
  product_options jsonb,
  attributes jsonb NOT NULL
);
CREATE INDEX rma_item_rma ON rma_item (rma_id);

CREATE TABLE rma_status_history (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  rma_id uuid NOT NULL REFERENCES rma (id),
  status text,
  comment text,
  is_customer_notified boolean,
  is_visible_on_front boolean NOT NULL,
  is_admin boolean,
  created_at timestamptz
);
CREATE INDEX rma_status_history_rma ON rma_status_history (rma_id);

-- Return labels: the carrier's label kept byte for byte (bytea: PDFs and images are binary), with its tracking.
CREATE TABLE rma_shipping_label (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  rma_id uuid NOT NULL REFERENCES rma (id),
  label bytea,
  packages text,
  track_number text,
  carrier_title text,
  method_title text,
  carrier_code text,
  method_code text,
  price numeric(12, 4),
  is_admin boolean
);
CREATE INDEX rma_shipping_label_rma ON rma_shipping_label (rma_id);
