-- Coupons and their usage. Codes match as Magento's collation matches them: case-insensitively, trailing
-- spaces ignored (code_key). Usage counters per coupon and customer, per rule and customer (customer_id: the
-- customer service's UUID, entityUuid('customer', id)). Redemptions made through the service are recorded
-- per order (idempotent) and bump the same counters in the same transaction.
CREATE TABLE coupon (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  rule_id uuid NOT NULL REFERENCES sales_rule (id) DEFERRABLE INITIALLY DEFERRED,
  rule_magento_id integer NOT NULL,
  code text NOT NULL,
  code_key text NOT NULL UNIQUE,
  usage_limit integer,
  usage_per_customer integer,
  times_used integer NOT NULL DEFAULT 0,
  expiration_date timestamptz,
  is_primary boolean NOT NULL,
  created_at timestamptz,
  -- manual (typed in the rule) or generated (Massgenerator)
  type text NOT NULL
);
CREATE INDEX coupon_rule ON coupon (rule_id);

CREATE TABLE coupon_usage (
  coupon_id uuid NOT NULL REFERENCES coupon (id) DEFERRABLE INITIALLY DEFERRED,
  customer_magento_id integer NOT NULL,
  customer_id uuid NOT NULL,
  times_used integer NOT NULL,
  PRIMARY KEY (coupon_id, customer_magento_id)
);

CREATE TABLE rule_customer (
  rule_id uuid NOT NULL REFERENCES sales_rule (id) DEFERRABLE INITIALLY DEFERRED,
  customer_magento_id integer NOT NULL,
  customer_id uuid NOT NULL,
  times_used integer NOT NULL,
  PRIMARY KEY (rule_id, customer_magento_id)
);

CREATE TABLE coupon_redemption (
  order_id text PRIMARY KEY,
  coupon_id uuid NOT NULL REFERENCES coupon (id),
  customer_magento_id integer,
  redeemed_at timestamptz NOT NULL DEFAULT now()
);
