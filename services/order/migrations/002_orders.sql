-- Orders as Magento recorded them: every amount exact (numeric) in the order currency and, in the base_*
-- columns, in the base currency (order_currency / base_currency say which). Ids: sales_order.id =
-- entityUuid('order', entity_id); a registered customer is customer_id = entityUuid('customer', customer_id),
-- the customer service's own id for that customer (no lookup across services), with customer_magento_id.
-- Foreign keys: the bulk tables have none (the migration writes an order and its rows in one batch; a
-- per-row FK check would cost about half the load); children are keyed (order_id, magento_id).

CREATE TABLE sales_order (
  id uuid PRIMARY KEY,
  magento_id bigint NOT NULL,
  increment_id text NOT NULL,
  -- NULL when the store view was deleted (Magento sets sales_order.store_id NULL then); store_name keeps
  -- Magento's "website / group / store" text.
  store_magento_id integer,
  store_code text,
  store_name text,
  -- Magento's state (new, pending_payment, processing, complete, closed, canceled, holded, payment_review)
  -- and status (a status of that state); the service's lifecycle derives from state (lifecycle.ts).
  state text,
  status text,
  -- NULL only when Magento held a zero date (rejected as a value, ZERO_DATE).
  created_at timestamptz,
  updated_at timestamptz,
  customer_id uuid,
  customer_magento_id bigint,
  customer_is_guest boolean NOT NULL DEFAULT false,
  customer_email text,
  customer_prefix text,
  customer_firstname text,
  customer_middlename text,
  customer_lastname text,
  customer_suffix text,
  customer_group_id integer,
  customer_dob date,
  customer_gender integer,
  customer_taxvat text,
  order_currency text NOT NULL,
  base_currency text NOT NULL,
  global_currency text,
  store_currency text,
  base_to_order_rate numeric,
  base_to_global_rate numeric,
  subtotal numeric, base_subtotal numeric,
  subtotal_incl_tax numeric, base_subtotal_incl_tax numeric,
  tax_amount numeric, base_tax_amount numeric,
  shipping_amount numeric, base_shipping_amount numeric,
  shipping_incl_tax numeric, base_shipping_incl_tax numeric,
  shipping_tax_amount numeric, base_shipping_tax_amount numeric,
  discount_amount numeric, base_discount_amount numeric,
  discount_description text,
  grand_total numeric, base_grand_total numeric,
  total_paid numeric, base_total_paid numeric,
  total_invoiced numeric, base_total_invoiced numeric,
  total_refunded numeric, base_total_refunded numeric,
  total_canceled numeric, base_total_canceled numeric,
  total_due numeric, base_total_due numeric,
  total_qty_ordered numeric,
  total_item_count integer,
  weight numeric,
  is_virtual boolean,
  coupon_code text,
  applied_rule_ids text,
  shipping_method text,
  shipping_description text,
  remote_ip text,
  quote_id bigint,
  ext_order_id text,
  original_increment_id text,
  relation_parent_id text,
  hold_before_state text,
  hold_before_status text,
  customer_note text,
  -- gift_message (sender, recipient, message, magento_id) of the order, when it has one.
  gift_message jsonb
);
-- One increment id per store view (Magento's SALES_ORDER_INCREMENT_ID_STORE_ID; a deleted store is -1 here,
-- and later duplicates there are rejected, DUPLICATE_INCREMENT_ID).
CREATE UNIQUE INDEX sales_order_increment_store_idx ON sales_order (increment_id, coalesce(store_magento_id, -1));
CREATE INDEX sales_order_customer_idx ON sales_order (customer_id, created_at DESC, magento_id DESC) WHERE customer_id IS NOT NULL;
CREATE INDEX sales_order_email_idx ON sales_order (lower(customer_email), created_at DESC, magento_id DESC);

-- Items as Magento stored them, one row per sales_order_item. A configurable or bundle product's child rows
-- carry parent_magento_id: they belong to their parent line (the API nests them; totals count lines only).
-- product_id is entityUuid('product', product_id) when the product still exists, else NULL
-- (product_magento_id keeps the id Magento recorded); SKU, name and prices are the order's snapshot.
CREATE TABLE order_item (
  order_id uuid NOT NULL,
  magento_id bigint NOT NULL,
  parent_magento_id bigint,
  product_id uuid,
  product_magento_id bigint,
  product_type text,
  sku text,
  name text,
  qty_ordered numeric, qty_invoiced numeric, qty_shipped numeric, qty_refunded numeric, qty_canceled numeric, qty_backordered numeric,
  price numeric, base_price numeric,
  original_price numeric, base_original_price numeric,
  price_incl_tax numeric, base_price_incl_tax numeric,
  row_total numeric, base_row_total numeric,
  row_total_incl_tax numeric, base_row_total_incl_tax numeric,
  tax_percent numeric, tax_amount numeric, base_tax_amount numeric,
  discount_percent numeric, discount_amount numeric, base_discount_amount numeric,
  amount_refunded numeric, base_amount_refunded numeric,
  row_invoiced numeric, base_row_invoiced numeric,
  weight numeric, row_weight numeric,
  is_virtual boolean,
  applied_rule_ids text,
  -- product_options: JSON (2.2+) or PHP-serialized (2.1) in Magento, JSON here.
  product_options jsonb,
  gift_message jsonb,
  created_at timestamptz,
  PRIMARY KEY (order_id, magento_id)
);

CREATE TABLE order_address (
  order_id uuid NOT NULL,
  magento_id bigint NOT NULL,
  -- billing | shipping
  address_type text,
  customer_address_magento_id bigint,
  prefix text, firstname text, middlename text, lastname text, suffix text,
  company text,
  -- Magento's street: lines separated by newlines.
  street text,
  city text, region text, region_id integer, postcode text, country_id text,
  telephone text, fax text, email text, vat_id text,
  PRIMARY KEY (order_id, magento_id)
);

-- Payment: amounts, method, card type and last four. Card data (cc_number_enc, expiry, owner, CID/AVS
-- results, debug dumps, e-check account data) is never copied: the migration counts what it left out.
CREATE TABLE order_payment (
  order_id uuid NOT NULL,
  magento_id bigint NOT NULL,
  method text,
  amount_ordered numeric, base_amount_ordered numeric,
  amount_authorized numeric, base_amount_authorized numeric,
  amount_paid numeric, base_amount_paid numeric,
  amount_refunded numeric, base_amount_refunded numeric,
  amount_canceled numeric, base_amount_canceled numeric,
  shipping_amount numeric, base_shipping_amount numeric,
  shipping_captured numeric, base_shipping_captured numeric,
  shipping_refunded numeric, base_shipping_refunded numeric,
  cc_type text,
  cc_last_4 text,
  last_trans_id text,
  po_number text,
  -- additional_information: JSON (2.2+) or PHP-serialized (2.1) in Magento, JSON here, card keys removed.
  additional_information jsonb,
  PRIMARY KEY (order_id, magento_id)
);

CREATE TABLE order_status_history (
  order_id uuid NOT NULL,
  magento_id bigint NOT NULL,
  status text,
  comment text,
  is_customer_notified integer,
  is_visible_on_front boolean,
  entity_name text,
  created_at timestamptz,
  PRIMARY KEY (order_id, magento_id)
);

-- sales_order_tax: the rates applied to the order; sales_order_tax_item: their amounts per item (or
-- shipping: taxable_item_type).
CREATE TABLE order_tax (
  order_id uuid NOT NULL,
  magento_id bigint NOT NULL,
  code text, title text,
  percent numeric,
  amount numeric, base_amount numeric, base_real_amount numeric,
  priority integer, position integer, process integer,
  PRIMARY KEY (order_id, magento_id)
);

CREATE TABLE order_tax_item (
  order_id uuid NOT NULL,
  magento_id bigint NOT NULL,
  tax_magento_id bigint NOT NULL,
  item_magento_id bigint,
  associated_item_magento_id bigint,
  taxable_item_type text,
  tax_percent numeric,
  amount numeric, base_amount numeric, real_amount numeric, real_base_amount numeric,
  PRIMARY KEY (order_id, magento_id)
);

-- sales_payment_transaction: authorisations, captures, refunds of the order's payment.
CREATE TABLE payment_transaction (
  order_id uuid NOT NULL,
  magento_id bigint NOT NULL,
  payment_magento_id bigint,
  parent_magento_id bigint,
  txn_id text,
  parent_txn_id text,
  txn_type text,
  is_closed boolean,
  additional_information jsonb,
  created_at timestamptz,
  PRIMARY KEY (order_id, magento_id)
);

-- downloadable_link_purchased and its items: the links a customer bought with an order line.
CREATE TABLE downloadable_link_purchased (
  order_id uuid NOT NULL,
  magento_id bigint NOT NULL,
  order_item_magento_id bigint,
  customer_id uuid,
  customer_magento_id bigint,
  product_name text,
  product_sku text,
  link_section_title text,
  created_at timestamptz,
  updated_at timestamptz,
  PRIMARY KEY (order_id, magento_id)
);

CREATE TABLE downloadable_link_purchased_item (
  order_id uuid NOT NULL,
  magento_id bigint NOT NULL,
  purchased_magento_id bigint NOT NULL,
  order_item_magento_id bigint,
  product_id uuid,
  product_magento_id bigint,
  link_magento_id bigint,
  link_title text,
  link_type text,
  link_url text,
  link_file text,
  is_shareable integer,
  number_of_downloads_bought integer,
  number_of_downloads_used integer,
  status text,
  created_at timestamptz,
  updated_at timestamptz,
  PRIMARY KEY (order_id, magento_id)
);
