-- The order service's own picture of the store tree and of Magento's order statuses. Store views are kept
-- here (not looked up in the catalog service) so an order names its store by code with no cross-service
-- call; ids are the same deterministic UUIDs every context derives (store.id = entityUuid('store', store_id)).

CREATE TABLE order_store (
  id uuid PRIMARY KEY,
  magento_id integer NOT NULL UNIQUE,
  code text NOT NULL UNIQUE,
  name text,
  website_magento_id integer,
  website_code text,
  group_magento_id integer
);

-- sales_order_status: every status with its admin label.
CREATE TABLE order_status (
  status text PRIMARY KEY,
  label text
);

-- sales_order_status_state: which statuses belong to which state (one default per state).
CREATE TABLE order_status_state (
  status text NOT NULL,
  state text NOT NULL,
  is_default boolean NOT NULL DEFAULT false,
  visible_on_front boolean NOT NULL DEFAULT false,
  PRIMARY KEY (status, state)
);

-- sales_order_status_label: the label a store view shows for a status.
CREATE TABLE order_status_label (
  status text NOT NULL,
  store_magento_id integer NOT NULL,
  label text NOT NULL,
  PRIMARY KEY (status, store_magento_id)
);

-- Numbering: per store view and document type, Magento's sequence profile (sales_sequence_meta/_profile)
-- and the last value issued (MAX(sequence_value) of sequence_<type>_<store>), with the highest migrated
-- increment id. New documents are numbered after both (services/order/numbering.ts), so they never
-- collide with migrated ones.
CREATE TABLE order_numbering (
  store_magento_id integer NOT NULL,
  entity_type text NOT NULL CHECK (entity_type IN ('order', 'invoice', 'shipment', 'creditmemo')),
  prefix text NOT NULL DEFAULT '',
  suffix text NOT NULL DEFAULT '',
  start_value bigint NOT NULL DEFAULT 1,
  step bigint NOT NULL DEFAULT 1,
  -- The last sequence value Magento issued (0: none yet).
  last_value bigint NOT NULL DEFAULT 0,
  -- The increment id Magento gave that value (Magento\SalesSequence\Model\Sequence::getCurrentValue).
  last_increment_id text,
  sequence_table text,
  PRIMARY KEY (store_magento_id, entity_type)
);
