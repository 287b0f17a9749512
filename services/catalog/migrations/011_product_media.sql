-- Media gallery (catalog_product_entity_media_gallery*): images and videos per product, with the default
-- (store 0) label, position and disabled flag on product_media and store views' own ones in
-- product_media_store, whose NULL columns inherit the default (Magento reads IFNULL(store, default)).
-- The roles (image, small_image, thumbnail, swatch_image) are attributes holding the file path.
-- media_id = entityUuid('product_media', value_id); one gallery entry may be shared by several products.
-- No foreign keys (bulk tables, built only for the products of the batch: see 010_products.sql).

CREATE TABLE product_media (
  -- product.id
  product_id uuid NOT NULL,
  media_id uuid NOT NULL,
  magento_value_id integer NOT NULL,
  -- image | external-video | ...
  media_type text NOT NULL,
  -- Path under pub/media/catalog/product, e.g. "/m/b/mb01-blue-0.jpg".
  file text NOT NULL,
  label text,
  position integer,
  disabled boolean NOT NULL DEFAULT false,
  -- external-video: { provider, url, title, description, metadata } (catalog_product_entity_media_gallery_value_video, store 0).
  video jsonb,
  PRIMARY KEY (product_id, media_id)
);

CREATE TABLE product_media_store (
  product_id uuid NOT NULL,
  media_id uuid NOT NULL,
  -- store.id
  store_id uuid NOT NULL,
  label text,
  position integer,
  disabled boolean,
  video jsonb,
  -- (product_id, media_id) is a product_media row.
  PRIMARY KEY (product_id, media_id, store_id)
);
