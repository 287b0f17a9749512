-- The customer service: accounts, their addresses, groups, newsletter subscriptions and credentials.
-- Every row carries its Magento key (magento_id) beside its UUID; no foreign key leaves this database
-- (website and store rows are this service's own copy of the store tree, keyed by the same UUIDs).

CREATE TABLE website (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  code text NOT NULL,
  name text
);

CREATE TABLE store (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  code text NOT NULL,
  name text,
  website_id uuid REFERENCES website (id),
  website_magento_id integer NOT NULL
);

-- The Magento settings the service honours (core_config_data, default and website scope): account
-- sharing, lockout, confirmation. An absent path means Magento's config.xml default.
CREATE TABLE config (
  path text NOT NULL,
  scope text NOT NULL,
  scope_id integer NOT NULL,
  value text,
  PRIMARY KEY (path, scope, scope_id)
);

CREATE TABLE customer_group (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  code text NOT NULL,
  tax_class_magento_id integer,
  tax_class_name text
);

CREATE TABLE customer (
  id uuid PRIMARY KEY,
  magento_id bigint NOT NULL UNIQUE,
  website_id uuid REFERENCES website (id),
  website_magento_id integer,
  store_id uuid REFERENCES store (id),
  store_magento_id integer,
  email text NOT NULL,
  -- lower(trim(email)): e-mails are unique per (email_scope, email_key); email_scope is the website's
  -- Magento id when accounts are shared per website, 0 when they are global, -1 for no website.
  email_key text NOT NULL,
  email_scope integer NOT NULL,
  group_id uuid REFERENCES customer_group (id),
  group_magento_id integer,
  increment_id text,
  prefix text,
  firstname text,
  middlename text,
  lastname text,
  suffix text,
  dob date,
  gender integer,
  gender_label text,
  taxvat text,
  is_active boolean NOT NULL,
  disable_auto_group_change boolean NOT NULL,
  created_in text,
  created_at timestamptz,
  updated_at timestamptz,
  -- confirmation is pending (Magento keeps its key in customer_entity.confirmation; the key itself is a
  -- secret and lives in customer_credentials)
  confirmed boolean NOT NULL,
  default_billing_address_id uuid,
  default_billing_magento_id bigint,
  default_shipping_address_id uuid,
  default_shipping_magento_id bigint,
  -- every other attribute by attribute_code: { "<code>": { "value": ..., "label": ... } }
  attributes jsonb NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX customer_email_unique ON customer (email_scope, email_key);
CREATE INDEX customer_email_key ON customer (email_key);

-- Secrets and login state, apart from the profile: the routes that show a customer never read this table,
-- and a row Postgres refuses here names no hash in its message (no constraint but the keys).
CREATE TABLE customer_credentials (
  customer_id uuid PRIMARY KEY REFERENCES customer (id) ON DELETE CASCADE,
  -- Magento's hash as it was, or as the service re-hashed it (Magento's own argon2id13 format)
  password_hash text,
  password_algorithm text,
  -- the format the migration found (password_algorithm changes when a login re-hashes, this never)
  migrated_algorithm text,
  password_upgraded_at timestamptz,
  confirmation text,
  failures_num integer NOT NULL DEFAULT 0,
  first_failure timestamptz,
  lock_expires timestamptz,
  last_login_at timestamptz
);
CREATE INDEX customer_credentials_algorithm ON customer_credentials (migrated_algorithm);

CREATE TABLE customer_address (
  id uuid PRIMARY KEY,
  magento_id bigint NOT NULL UNIQUE,
  customer_id uuid NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
  customer_magento_id bigint NOT NULL,
  is_active boolean NOT NULL,
  prefix text,
  firstname text,
  middlename text,
  lastname text,
  suffix text,
  company text,
  street text[] NOT NULL,
  city text,
  region text,
  region_id integer,
  region_code text,
  postcode text,
  country_id text,
  telephone text,
  fax text,
  vat_id text,
  vat_is_valid integer,
  vat_request_id text,
  vat_request_date text,
  vat_request_success integer,
  created_at timestamptz,
  updated_at timestamptz,
  attributes jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX customer_address_customer ON customer_address (customer_id);

-- newsletter_subscriber rows of customers (one per store the customer subscribed on; guests are not customers)
CREATE TABLE newsletter_subscription (
  id uuid PRIMARY KEY,
  magento_id bigint NOT NULL UNIQUE,
  customer_id uuid NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
  customer_magento_id bigint NOT NULL,
  store_id uuid REFERENCES store (id),
  store_magento_id integer,
  status smallint NOT NULL,
  status_label text NOT NULL,
  changed_at timestamptz
);
CREATE INDEX newsletter_subscription_customer ON newsletter_subscription (customer_id);
