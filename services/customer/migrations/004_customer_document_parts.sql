-- The customer documents in parts, the import building them from the rows it writes (customer-document-parts.ts).
--
-- Why: 003 built every document in Postgres, one INSERT ... SELECT per batch, for the customers batches and again
-- for every address batch (an address changes its customer's whole document): 31 of the 64 s of a 200,000-customer
-- import. Now the import writes each customer's head and tail (everything before and after its addresses) with the
-- customer rows, and each address's own text, in a table of its own, with the address rows: an address batch no
-- longer touches the customer documents. The read joins them (read-model.ts) into the same text as before, byte for
-- byte (test/customer/read-model.test.ts compares every document served with 002's customer_document_json, which
-- stays as that reference):
--
--   head || the addresses' (head || "default_billing" || "default_shipping" || tail), ', '-joined by magento_id || tail
--
-- An address's default flags are its customer's (customer.default_billing_address_id), so the customer's document
-- row carries those ids. Postgres still builds the parts the import leaves to it (a value whose stored form the
-- import is not sure of, a batch with rows Postgres refused), those of documents already built when websites,
-- stores or groups change, and the password's part when a login re-hashes (the trigger of 002, unchanged).

ALTER TABLE customer_document
  DROP COLUMN body,
  ADD COLUMN default_billing_address_id uuid,
  ADD COLUMN default_shipping_address_id uuid,
  ADD COLUMN head text,
  ADD COLUMN tail text;

-- One address's entry in its customer's document, in two pieces around its default flags. No foreign key to
-- customer_address: its row is written in the same batch as the address's (a refused address takes its document
-- row with it, loaders/refusals.ts), and a key checked per row would cost the import what this table saves.
CREATE TABLE customer_address_document (
  address_id uuid PRIMARY KEY,
  customer_id uuid NOT NULL,
  magento_id bigint NOT NULL,
  -- `{"id" : ..., "is_active" : true`
  head text NOT NULL,
  -- `, "custom_attributes" : {...}}`
  tail text NOT NULL
);
CREATE INDEX customer_address_document_customer ON customer_address_document (customer_id, magento_id);

-- The head and tail of these customers' documents, rebuilt from their rows (none for an id without a customer).
-- The same json_build_object as 003's, cut where the addresses go. Rows locked first, in id order, as in 003 (a
-- login's trigger and a batch may meet on one customer). jit off: costed blind before a run's first ANALYZE.
CREATE OR REPLACE FUNCTION refresh_customer_documents(ids uuid[]) RETURNS integer
LANGUAGE plpgsql SET jit = off AS $$
DECLARE
  n integer;
BEGIN
  PERFORM 1 FROM (SELECT DISTINCT u.id FROM unnest(ids) AS u(id) ORDER BY 1) k
    CROSS JOIN LATERAL (SELECT 1 FROM customer c WHERE c.id = k.id FOR UPDATE) l;
  DELETE FROM customer_document d USING unnest(ids) AS u(id) WHERE d.customer_id = u.id;
  INSERT INTO customer_document (customer_id, magento_id, email_key, website_magento_id, default_billing_address_id, default_shipping_address_id, head, tail)
  WITH
  k AS MATERIALIZED (SELECT DISTINCT u.id FROM unnest(ids) AS u(id)),
  cs AS MATERIALIZED (SELECT c.* FROM k CROSS JOIN LATERAL (SELECT * FROM customer x WHERE x.id = k.id) c)
  SELECT c.id, c.magento_id, c.email_key, c.website_magento_id, c.default_billing_address_id, c.default_shipping_address_id,
    left(json_build_object(
    'id', c.id, 'magento_id', c.magento_id, 'email', c.email,
    'website', customer_ref_json(c.website_id, c.website_magento_id, w.code),
    'store', customer_ref_json(c.store_id, c.store_magento_id, s.code),
    'group', CASE WHEN c.group_id IS NULL THEN NULL ELSE json_build_object(
               'id', c.group_id, 'magento_id', c.group_magento_id, 'code', g.code,
               'tax_class', CASE WHEN g.tax_class_magento_id IS NULL THEN NULL ELSE json_build_object('magento_id', g.tax_class_magento_id, 'name', g.tax_class_name) END) END,
    'increment_id', c.increment_id, 'prefix', c.prefix, 'firstname', c.firstname, 'middlename', c.middlename, 'lastname', c.lastname,
    'suffix', c.suffix, 'dob', c.dob::text, 'gender', c.gender, 'gender_label', c.gender_label, 'taxvat', c.taxvat, 'is_active', c.is_active,
    'confirmed', c.confirmed, 'disable_auto_group_change', c.disable_auto_group_change, 'created_in', c.created_in,
    'created_at', customer_iso(c.created_at), 'updated_at', customer_iso(c.updated_at), 'custom_attributes', c.attributes)::text, -1)
    || ', "addresses" : [',
    '], ' || substr(json_build_object(
    'newsletter', COALESCE(news.j, '[]'::json),
    'password', json_build_object('algorithm', cr.password_algorithm, 'upgraded_at', customer_iso(cr.password_upgraded_at)))::text, 2)
    FROM cs c
    LEFT JOIN website w ON w.id = c.website_id
    LEFT JOIN store s ON s.id = c.store_id
    LEFT JOIN customer_group g ON g.id = c.group_id
    LEFT JOIN customer_credentials cr ON cr.customer_id = c.id
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object(
               'magento_id', n.magento_id, 'store', customer_ref_json(n.store_id, n.store_magento_id, ns.code), 'website', nw.code,
               'status', n.status_label, 'status_code', n.status, 'changed_at', customer_iso(n.changed_at)) ORDER BY n.magento_id) AS j
        FROM newsletter_subscription n LEFT JOIN store ns ON ns.id = n.store_id LEFT JOIN website nw ON nw.id = ns.website_id
       WHERE n.customer_id = c.id) news ON true;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END
$$;

-- The entries of these addresses (address UUIDs), rebuilt from their rows (none for an id without an address).
CREATE FUNCTION refresh_customer_address_documents(ids uuid[]) RETURNS integer
LANGUAGE plpgsql SET jit = off AS $$
DECLARE
  n integer;
BEGIN
  DELETE FROM customer_address_document d USING unnest(ids) AS u(id) WHERE d.address_id = u.id;
  INSERT INTO customer_address_document (address_id, customer_id, magento_id, head, tail)
  SELECT a.id, a.customer_id, a.magento_id,
    left(json_build_object(
      'id', a.id, 'magento_id', a.magento_id, 'prefix', a.prefix, 'firstname', a.firstname, 'middlename', a.middlename,
      'lastname', a.lastname, 'suffix', a.suffix, 'company', a.company, 'street', a.street, 'city', a.city, 'region', a.region,
      'region_id', a.region_id, 'region_code', a.region_code, 'postcode', a.postcode, 'country_id', a.country_id,
      'telephone', a.telephone, 'fax', a.fax, 'vat_id', a.vat_id, 'is_active', a.is_active)::text, -1),
    ', ' || substr(json_build_object('custom_attributes', a.attributes)::text, 2)
    FROM (SELECT DISTINCT u.id FROM unnest(ids) AS u(id)) k
    CROSS JOIN LATERAL (SELECT * FROM customer_address x WHERE x.id = k.id) a;
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END
$$;

-- Documents of a database migrated before this file: every part from the rows (none on a new database).
SELECT refresh_customer_address_documents(ARRAY(SELECT id FROM customer_address));
SELECT refresh_customer_documents(ARRAY(SELECT id FROM customer));

ALTER TABLE customer_document ALTER COLUMN head SET NOT NULL, ALTER COLUMN tail SET NOT NULL;
