-- CMS pages and blocks as the store showed them: content (widgets, page-builder markup) exactly as stored,
-- active flags, layouts, meta data; their store views (0: all store views). In Adobe Commerce, the version
-- current at the run's staging version (row_id, created_in, updated_in kept for traceability).
-- Ids: entityUuid('cms_page' | 'cms_block', page_id | block_id).
CREATE TABLE cms_page (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  row_id integer,
  created_in bigint,
  updated_in bigint,
  identifier text NOT NULL,
  title text,
  page_layout text,
  meta_title text,
  meta_keywords text,
  meta_description text,
  content_heading text,
  content text,
  active boolean NOT NULL,
  sort_order integer NOT NULL DEFAULT 0,
  layout_update_xml text,
  custom_theme text,
  custom_root_template text,
  custom_layout_update_xml text,
  layout_update_selected text,
  custom_theme_from date,
  custom_theme_to date,
  created_at timestamptz,
  updated_at timestamptz
);
-- Magento matches identifiers with its case-insensitive collation.
CREATE INDEX cms_page_identifier ON cms_page (lower(identifier));

CREATE TABLE cms_page_store (
  page_id uuid NOT NULL REFERENCES cms_page (id) DEFERRABLE INITIALLY DEFERRED,
  store_magento_id integer NOT NULL,
  PRIMARY KEY (page_id, store_magento_id)
);

CREATE TABLE cms_block (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  row_id integer,
  created_in bigint,
  updated_in bigint,
  identifier text NOT NULL,
  title text,
  content text,
  active boolean NOT NULL,
  created_at timestamptz,
  updated_at timestamptz
);
CREATE INDEX cms_block_identifier ON cms_block (lower(identifier));

CREATE TABLE cms_block_store (
  block_id uuid NOT NULL REFERENCES cms_block (id) DEFERRABLE INITIALLY DEFERRED,
  store_magento_id integer NOT NULL,
  PRIMARY KEY (block_id, store_magento_id)
);
