-- The user service: staff accounts, their credentials, the role tree and each role's rules.
-- Every row carries its Magento key (magento_id) beside its UUID. Reset tokens, sessions, OAuth and
-- integration tokens and two-factor secrets are never here: staff re-enrol their second factors.

-- Group roles (authorization_role, role_type G). parent_id is not a foreign key: a parent deleted in
-- Magento leaves the role a root (parent_magento_id keeps what Magento had).
CREATE TABLE staff_role (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  parent_id uuid,
  parent_magento_id integer NOT NULL,
  tree_level integer NOT NULL,
  sort_order integer NOT NULL,
  name text NOT NULL
);

-- authorization_rule: one row per ACL resource, allow or deny (Magento\Authorization\Model\Acl\Loader\Rule).
CREATE TABLE staff_role_rule (
  role_id uuid NOT NULL REFERENCES staff_role (id),
  magento_id integer NOT NULL,
  resource_id text NOT NULL,
  permission text NOT NULL,
  privileges text,
  PRIMARY KEY (role_id, magento_id)
);

CREATE TABLE staff_user (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  firstname text,
  lastname text,
  email text,
  username text NOT NULL,
  -- lower(username): admin_user.username is unique under MySQL's case-insensitive collation
  username_key text NOT NULL UNIQUE,
  is_active boolean NOT NULL,
  interface_locale text,
  created_at timestamptz,
  modified_at timestamptz,
  last_login_at timestamptz,
  login_count integer NOT NULL
);

-- The password hash as Magento stored it (its format named, never shown) and the lockout state.
CREATE TABLE staff_credentials (
  user_id uuid PRIMARY KEY REFERENCES staff_user (id),
  password_hash text,
  password_algorithm text,
  migrated_algorithm text,
  password_upgraded_at timestamptz,
  failures_num integer NOT NULL,
  first_failure timestamptz,
  lock_expires timestamptz
);

-- A user's user role (role_type U) under its group role.
CREATE TABLE staff_user_role (
  user_id uuid NOT NULL REFERENCES staff_user (id),
  role_id uuid NOT NULL REFERENCES staff_role (id),
  magento_id integer NOT NULL UNIQUE,
  PRIMARY KEY (user_id, role_id)
);
CREATE INDEX staff_user_role_role ON staff_user_role (role_id);

-- admin/security/* at default scope; an absent path means Magento's config.xml default.
CREATE TABLE user_setting (
  path text PRIMARY KEY,
  value text
);
