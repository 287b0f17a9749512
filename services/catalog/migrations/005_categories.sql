-- Categories: the tree (a relational core) plus what each store view sees (category_store).
-- Ids are entityUuid('category', entity_id): Adobe Commerce's row_id is a version key, entity_id the stable one.
-- The default (admin, store 0) values live on category itself; category_store holds every store view's
-- resolved values (its own store value, else its website's, else the default; explicit NULLs per the run's
-- --null-policy), so a reader never resolves scopes.

CREATE TABLE category (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  -- NULL for the tree's root (Magento's "Root Catalog", parent_id 0). No FK: a batch is a keyset range of
  -- entity_id and a moved category can sit under a parent with a higher id, loaded in a later batch.
  parent_id uuid,
  parent_magento_id integer,
  -- Magento's materialised path of entity ids ("1/2/11/12"): subtrees are a prefix match.
  path text NOT NULL,
  level integer NOT NULL,
  position integer NOT NULL,
  -- Magento's stored descendant count (all levels), as the source has it.
  children_count integer NOT NULL DEFAULT 0,
  attribute_set_id uuid,
  created_at timestamptz,
  updated_at timestamptz,
  name text,
  url_key text,
  url_path text,
  is_active boolean,
  include_in_menu boolean,
  description text,
  -- Every other attribute with a default value, by attribute code, typed as in the products API
  -- (int: number, decimal: exact string, datetime: ISO 8601 UTC, varchar/text: string).
  attributes jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX category_parent_id_idx ON category (parent_id);
CREATE INDEX category_path_idx ON category (path text_pattern_ops);

CREATE TABLE category_store (
  category_id uuid NOT NULL REFERENCES category (id) DEFERRABLE INITIALLY DEFERRED,
  store_id uuid NOT NULL REFERENCES store (id) DEFERRABLE INITIALLY DEFERRED,
  name text,
  url_key text,
  url_path text,
  is_active boolean,
  include_in_menu boolean,
  description text,
  attributes jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (category_id, store_id)
);
CREATE INDEX category_store_store_id_idx ON category_store (store_id);
