-- Product reviews: the review, its detail (title, text, nickname: the author's snapshot), the store views it
-- is visible on, and its votes. Ids: entityUuid('review' | 'rating_vote', Magento id); product_id and
-- customer_id are the catalog's and the customer service's UUIDs (entityUuid('product' | 'customer', id)),
-- with their Magento ids and the SKU the product had when migrated. No foreign key leaves the service.
CREATE TABLE review (
  id uuid PRIMARY KEY,
  magento_id bigint NOT NULL UNIQUE,
  created_at timestamptz,
  entity_code text NOT NULL,
  product_id uuid NOT NULL,
  product_magento_id integer NOT NULL,
  product_sku text,
  status_magento_id integer NOT NULL,
  status_code text,
  detail_store_magento_id integer,
  title text NOT NULL,
  detail text NOT NULL,
  nickname text NOT NULL,
  customer_id uuid,
  customer_magento_id integer
);
CREATE INDEX review_product_sku ON review (product_sku, created_at DESC, magento_id DESC);
CREATE INDEX review_product ON review (product_magento_id);

CREATE TABLE review_store (
  review_id uuid NOT NULL REFERENCES review (id) DEFERRABLE INITIALLY DEFERRED,
  store_magento_id integer NOT NULL,
  PRIMARY KEY (review_id, store_magento_id)
);

CREATE TABLE rating_vote (
  id uuid PRIMARY KEY,
  magento_id bigint NOT NULL UNIQUE,
  review_id uuid NOT NULL REFERENCES review (id) DEFERRABLE INITIALLY DEFERRED,
  rating_id uuid NOT NULL,
  rating_magento_id integer NOT NULL,
  option_id uuid NOT NULL,
  option_magento_id integer NOT NULL,
  product_magento_id integer NOT NULL,
  customer_magento_id integer,
  value integer NOT NULL,
  percent integer NOT NULL
);
CREATE INDEX rating_vote_review ON rating_vote (review_id);
CREATE INDEX rating_vote_product ON rating_vote (product_magento_id);
