-- Table rates as Magento keeps them (shipping_tablerate): per website, a destination (country '0' = any,
-- region 0 = any, zip '*' = any), the condition (package_weight, package_value_with_discount, package_qty)
-- with the value it starts at, and the price and cost, exact (numeric(12,4) like Magento's decimal(12,4)).
CREATE TABLE tablerate (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  website_magento_id integer NOT NULL,
  dest_country_id text NOT NULL,
  dest_region_id integer NOT NULL,
  dest_zip text NOT NULL,
  condition_name text NOT NULL,
  condition_value numeric(12, 4) NOT NULL,
  price numeric(12, 4) NOT NULL,
  cost numeric(12, 4) NOT NULL
);
CREATE INDEX tablerate_lookup ON tablerate (website_magento_id, condition_name, dest_country_id);

-- The carriers' settings as stored (core_config_data, carriers/<carrier>/<field>, plus the base currency),
-- at their scope (default 0, websites <id>, stores <id>): the service resolves default -> website itself.
-- Secrets (passwords, keys, account numbers, encrypted values) never arrive here.
CREATE TABLE carrier_config (
  magento_id integer PRIMARY KEY,
  scope text NOT NULL CHECK (scope IN ('default', 'websites', 'stores')),
  scope_id integer NOT NULL,
  path text NOT NULL,
  carrier text,
  field text,
  value text,
  UNIQUE (scope, scope_id, path)
);
