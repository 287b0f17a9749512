-- Ratings with their options (1..5 stars), titles per store view and the store views they are shown on.
-- Ids: entityUuid('rating' | 'rating_option', Magento id).
CREATE TABLE rating (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  code text NOT NULL,
  entity_code text,
  position integer NOT NULL DEFAULT 0,
  is_active boolean NOT NULL
);
CREATE TABLE rating_option (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  rating_id uuid NOT NULL REFERENCES rating (id) DEFERRABLE INITIALLY DEFERRED,
  code text NOT NULL,
  value integer NOT NULL,
  position integer NOT NULL DEFAULT 0
);
CREATE TABLE rating_title (
  rating_id uuid NOT NULL REFERENCES rating (id) DEFERRABLE INITIALLY DEFERRED,
  store_magento_id integer NOT NULL,
  title text NOT NULL,
  PRIMARY KEY (rating_id, store_magento_id)
);
CREATE TABLE rating_store (
  rating_id uuid NOT NULL REFERENCES rating (id) DEFERRABLE INITIALLY DEFERRED,
  store_magento_id integer NOT NULL,
  PRIMARY KEY (rating_id, store_magento_id)
);
