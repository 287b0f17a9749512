-- Payments of orders (sales_order_payment), linked to the order service's orders by their deterministic UUID
-- (no foreign key crosses a context). Amounts exact, in the order currency and the base currency. No card
-- data: only the masked details (card type, last four) a receipt shows.
CREATE TABLE payment (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  order_id uuid NOT NULL,
  order_magento_id integer NOT NULL,
  order_increment_id text,
  customer_id uuid,
  method text,
  currency text,
  base_currency text,
  amount_ordered numeric(20, 4), base_amount_ordered numeric(20, 4),
  amount_authorized numeric(20, 4), base_amount_authorized numeric(20, 4),
  amount_paid numeric(20, 4), base_amount_paid numeric(20, 4),
  amount_refunded numeric(20, 4), base_amount_refunded numeric(20, 4),
  amount_canceled numeric(20, 4), base_amount_canceled numeric(20, 4),
  shipping_amount numeric(20, 4), base_shipping_amount numeric(20, 4),
  shipping_captured numeric(20, 4), base_shipping_captured numeric(20, 4),
  shipping_refunded numeric(20, 4), base_shipping_refunded numeric(20, 4),
  cc_type text,
  cc_last_4 text,
  last_trans_id text,
  po_number text,
  additional_information jsonb
);
CREATE INDEX payment_order ON payment (order_id);

-- Gateway transactions (authorization, capture, refund, void...), each with its parent (a capture under its
-- authorization, a refund under its capture): parent_id is the parent's UUID in this table.
CREATE TABLE payment_transaction (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  payment_id uuid NOT NULL,
  order_id uuid NOT NULL,
  parent_id uuid,
  parent_magento_id integer,
  txn_id text,
  parent_txn_id text,
  txn_type text,
  is_closed boolean NOT NULL,
  additional_information jsonb,
  created_at timestamptz
);
CREATE INDEX payment_transaction_payment ON payment_transaction (payment_id);

-- Saved payment methods (Magento\Vault): the gateway's token only encrypted (AES-256-GCM, key given to the
-- service in MAGEMIG_PAYMENT_KEY, never stored here), bound to its row by the additional data; masked details.
CREATE TABLE vault_token (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  customer_id uuid,
  customer_magento_id integer,
  public_hash text NOT NULL UNIQUE,
  payment_method_code text NOT NULL,
  type text NOT NULL,
  created_at timestamptz,
  expires_at timestamptz,
  token_ciphertext bytea NOT NULL,
  token_iv bytea NOT NULL,
  token_tag bytea NOT NULL,
  details jsonb,
  is_active boolean NOT NULL,
  is_visible boolean NOT NULL
);
CREATE INDEX vault_token_customer ON vault_token (customer_id);
