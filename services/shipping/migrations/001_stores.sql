-- The store views this service answers for, with their website: requests name a store by its code
-- (?store=default) and rows keep Magento's store_id (0 is the admin scope, "all store views").
-- A copy of its own: no service reads another's database.
CREATE TABLE store (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  website_magento_id integer NOT NULL,
  website_code text,
  is_active boolean NOT NULL
);
