-- The notification service: newsletter subscriptions (per store view, bound to the customer's UUID when
-- the subscriber is a customer) and mail templates (newsletter and transactional) as Magento stored them,
-- with what each one reads. Confirmation codes are never here.

CREATE TABLE store (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  code text NOT NULL UNIQUE,
  name text,
  website_magento_id integer NOT NULL,
  website_code text,
  is_active boolean NOT NULL
);

CREATE TABLE subscriber (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  store_magento_id integer,
  email text NOT NULL,
  -- lower(trim(email))
  email_key text NOT NULL,
  -- Magento\Newsletter\Model\Subscriber: 1 subscribed, 2 not activated, 3 unsubscribed, 4 unconfirmed
  status integer NOT NULL,
  status_code text NOT NULL,
  -- the customer context's UUID (no foreign key leaves this database); null for a guest
  customer_id uuid,
  customer_magento_id integer,
  changed_at timestamptz
);
CREATE INDEX subscriber_email ON subscriber (email_key);
CREATE INDEX subscriber_customer ON subscriber (customer_id);

-- kind 'newsletter' (newsletter_template) or 'email' (email_template).
CREATE TABLE mail_template (
  id uuid PRIMARY KEY,
  kind text NOT NULL,
  magento_id integer NOT NULL,
  code text NOT NULL,
  subject text,
  text text,
  styles text,
  -- Magento\Framework\App\TemplateTypesInterface: 1 text, 2 html
  type integer,
  sender_name text,
  sender_email text,
  is_actual boolean,
  is_legacy boolean NOT NULL,
  orig_template_code text,
  orig_template_variables text,
  added_at timestamptz,
  modified_at timestamptz,
  -- what the template reads (transforms/notification/template-variables.ts)
  variables jsonb NOT NULL,
  directives jsonb NOT NULL,
  config_paths jsonb NOT NULL,
  custom_variables jsonb NOT NULL,
  UNIQUE (kind, magento_id)
);
