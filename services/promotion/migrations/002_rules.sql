-- Cart price rules as structured trees (conditions: validated against the cart; actions: which lines get the
-- discount), with websites and customer groups, labels per store view, and the settings of the Magento
-- version they come from. Ids: entityUuid('sales_rule', rule_id); row_id: the Commerce version read.
-- is_active is what the service applies: a rule with a condition it cannot evaluate is loaded disabled
-- (magento_is_active keeps the source's flag, disabled_reason says why).
CREATE TABLE sales_rule (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  row_id integer,
  name text,
  description text,
  from_date date,
  to_date date,
  uses_per_customer integer NOT NULL DEFAULT 0,
  is_active boolean NOT NULL,
  magento_is_active boolean NOT NULL,
  disabled_reason text,
  conditions jsonb NOT NULL,
  actions jsonb NOT NULL,
  stop_rules_processing boolean NOT NULL,
  is_advanced boolean NOT NULL,
  sort_order integer NOT NULL DEFAULT 0,
  simple_action text,
  discount_amount numeric(12, 4) NOT NULL,
  discount_qty numeric(12, 4),
  discount_step integer NOT NULL DEFAULT 0,
  apply_to_shipping boolean NOT NULL,
  times_used integer NOT NULL DEFAULT 0,
  is_rss boolean NOT NULL,
  -- 1 no coupon, 2 specific coupon, 3 auto (Magento\SalesRule\Model\Rule::COUPON_TYPE_*)
  coupon_type smallint NOT NULL,
  use_auto_generation boolean NOT NULL,
  uses_per_coupon integer NOT NULL DEFAULT 0,
  -- 0 none, 1 matching items only, 2 the whole shipment (Magento\OfflineShipping\Model\SalesRule\Rule)
  simple_free_shipping smallint NOT NULL DEFAULT 0,
  website_ids integer[] NOT NULL,
  customer_group_ids integer[] NOT NULL
);
CREATE INDEX sales_rule_order ON sales_rule (sort_order, magento_id) WHERE is_active;

CREATE TABLE sales_rule_label (
  rule_id uuid NOT NULL REFERENCES sales_rule (id) DEFERRABLE INITIALLY DEFERRED,
  store_magento_id integer NOT NULL,
  label text,
  PRIMARY KEY (rule_id, store_magento_id)
);

-- key/value settings of the source: stop_rules_scope (item before 2.4.4, cart since), coupon_expiration
-- (honoured in 2.1 only), source_version.
CREATE TABLE promotion_setting (
  key text PRIMARY KEY,
  value text
);
