-- Product-to-product relations, loaded by their own entity migration (product_relations) after every product,
-- so both ends exist when a batch commits: related / up-sell / cross-sell links, configurable children,
-- grouped items, bundle selections. A relation whose other end is missing from the source, or was rejected
-- (NO_SKU, DUPLICATE_SKU), is rejected itself (DANGLING_REFERENCE).

-- catalog_product_link with link types relation / up_sell / cross_sell.
CREATE TABLE product_link (
  product_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  -- related | upsell | crosssell (any other link type keeps its Magento code)
  type text NOT NULL,
  linked_product_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  position integer,
  PRIMARY KEY (product_id, type, linked_product_id)
);

-- Configurable parents and their children (catalog_product_super_link).
CREATE TABLE product_configurable_child (
  parent_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  child_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  PRIMARY KEY (parent_id, child_id)
);
CREATE INDEX product_configurable_child_child_idx ON product_configurable_child (child_id);

-- Grouped products' items (catalog_product_link, link type "super"), with position and default quantity.
CREATE TABLE product_grouped_item (
  parent_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  child_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  position integer,
  qty numeric,
  PRIMARY KEY (parent_id, child_id)
);

-- Bundle selections (catalog_product_bundle_selection): which product an option offers, and how.
CREATE TABLE product_bundle_selection (
  id uuid PRIMARY KEY,
  option_id uuid NOT NULL REFERENCES product_bundle_option (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  parent_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  child_id uuid NOT NULL REFERENCES product (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  magento_id integer NOT NULL UNIQUE,
  position integer NOT NULL DEFAULT 0,
  is_default boolean NOT NULL DEFAULT false,
  qty numeric,
  can_change_qty boolean NOT NULL DEFAULT false
);
CREATE INDEX product_bundle_selection_parent_idx ON product_bundle_selection (parent_id);
