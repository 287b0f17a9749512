-- The redirect map: for every store view and request path of url_rewrite, where it leads now. Chains are
-- resolved (A -> B -> C is stored as A -> C, `hops` = 2), loops and conflicts are rejected at migration.
--   redirect_type  0: the canonical path (or an internal forward), 301 / 302: a redirect
--   target_type    product | category | cms_page (target_id = that service's UUID, target_magento_id) | custom
--   target_path    the entity's canonical path now (category-scoped product paths keep category_*), or the
--                  custom target as stored (a path, or an absolute URL)
-- Keyed by Magento's url_rewrite_id; one indexed lookup per request: (store, lookup_key), lookup_key being the
-- request path in lower case without a trailing slash (Magento matches case-insensitively and treats a
-- trailing-slash variant as a redirect to the stored path).
CREATE TABLE url_redirect (
  magento_id integer PRIMARY KEY,
  store_magento_id integer NOT NULL,
  request_path text NOT NULL,
  lookup_key text NOT NULL,
  redirect_type smallint NOT NULL CHECK (redirect_type IN (0, 301, 302)),
  source_entity_type text NOT NULL,
  target_type text NOT NULL CHECK (target_type IN ('product', 'category', 'cms_page', 'custom')),
  target_id uuid,
  target_magento_id integer,
  target_path text NOT NULL,
  category_id uuid,
  category_magento_id integer,
  hops smallint NOT NULL
);
CREATE INDEX url_redirect_lookup ON url_redirect (store_magento_id, lookup_key);
