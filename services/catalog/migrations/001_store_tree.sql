-- The store tree: websites > store groups > store views. Magento's admin scope (id 0 in all three tables)
-- is not a store: it is the "default" scope, whose values live on the entity rows themselves.
-- Ids are entityUuid('website' | 'store_group' | 'store', magento id); magento_id keeps the source key.
-- Foreign keys are DEFERRABLE INITIALLY DEFERRED: a batch may COPY its tables in any order and the
-- constraints are checked when the batch's transaction commits.

CREATE TABLE website (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  sort_order integer NOT NULL DEFAULT 0,
  is_default boolean NOT NULL DEFAULT false,
  -- store_group.id of the website's default group (no FK: it points back down the tree).
  default_group_id uuid,
  -- currency/options/base at website scope, else the default scope, else USD (Magento's config.xml default).
  base_currency char(3) NOT NULL
);

CREATE TABLE store_group (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  website_id uuid NOT NULL REFERENCES website (id) DEFERRABLE INITIALLY DEFERRED,
  -- store_group.code only exists since Magento 2.2; older stores leave it NULL.
  code text UNIQUE,
  name text NOT NULL,
  -- category.id (entityUuid('category', id)); no FK: categories load after the store tree.
  root_category_id uuid,
  root_category_magento_id integer,
  default_store_id uuid
);

CREATE TABLE store (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  website_id uuid NOT NULL REFERENCES website (id) DEFERRABLE INITIALLY DEFERRED,
  group_id uuid NOT NULL REFERENCES store_group (id) DEFERRABLE INITIALLY DEFERRED,
  sort_order integer NOT NULL DEFAULT 0,
  is_active boolean NOT NULL,
  -- general/locale/code resolved store > website > default > en_US.
  locale text NOT NULL,
  -- currency/options/base as the store's website sees it.
  base_currency char(3) NOT NULL,
  -- currency/options/default (display currency) resolved store > website > default > base currency.
  default_display_currency char(3) NOT NULL,
  -- The store group's root category, repeated here so a store view resolves its tree in one read.
  root_category_id uuid
);
CREATE INDEX store_website_id_idx ON store (website_id);
