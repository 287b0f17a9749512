-- Labels of the values of source-model attributes (status, visibility, tax class...), whose options are not
-- eav_attribute_option rows: value as Magento stores it (text: int and varchar attributes alike).
CREATE TABLE attribute_source_option (
  attribute_id uuid NOT NULL REFERENCES attribute (id) DEFERRABLE INITIALLY DEFERRED,
  value text NOT NULL,
  label text NOT NULL,
  sort_order integer NOT NULL,
  PRIMARY KEY (attribute_id, value)
);

-- Every relation keeps its Magento key, so support staff and verify can trace it back: link_id
-- (catalog_product_link) and link_id (catalog_product_super_link). NULL in rows loaded before this migration.
ALTER TABLE product_link ADD COLUMN magento_id integer;
ALTER TABLE product_grouped_item ADD COLUMN magento_id integer;
ALTER TABLE product_configurable_child ADD COLUMN magento_id integer;
