-- The customer read model: one JSON document per customer, exactly what GET /customers/{id} answers (and each
-- entry of GET /customers?email=), so a read is one indexed lookup that sends stored text, with no assembly
-- (services/customer/repository.ts assembles the same answer from the rows; test/customer/read-model.test.ts
-- compares the two for every customer).
--
-- When it is written: in the transaction of every batch whose rows it derives from, after its tables and before
-- its checkpoint (Batch.after): customers (with their credentials and subscriptions), addresses (for their
-- customers), and websites, stores and groups (the documents already built). A killed batch rolls both back, a
-- rerun rebuilds what it rewrites. The one write route, login, changes what a document shows only when it
-- re-hashes a password (password.algorithm, upgraded_at): the trigger below rebuilds it in that UPDATE's
-- transaction, whoever writes the credentials.

CREATE TABLE customer_document (
  customer_id uuid PRIMARY KEY,
  magento_id bigint NOT NULL UNIQUE,
  email_key text NOT NULL,
  website_magento_id integer,
  -- The answer's JSON text, sent as is.
  body text NOT NULL
);
CREATE INDEX customer_document_email ON customer_document (email_key, website_magento_id, magento_id);

-- Timestamps as the API writes them (Date.toISOString: milliseconds always).
CREATE FUNCTION customer_iso(t timestamptz) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

-- A website or store view reference ({ id, magento_id, code }), null without an id.
CREATE FUNCTION customer_ref_json(p_id uuid, p_magento_id integer, p_code text) RETURNS json
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN p_id IS NULL THEN NULL ELSE json_build_object('id', p_id, 'magento_id', p_magento_id, 'code', p_code) END
$$;

-- The body of one customer (repository.ts assemble: its fields, in its order). plpgsql: its plan is prepared once per session.
CREATE FUNCTION customer_document_json(p_id uuid) RETURNS json
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (
  SELECT json_build_object(
    'id', c.id, 'magento_id', c.magento_id, 'email', c.email,
    'website', customer_ref_json(c.website_id, c.website_magento_id, w.code),
    'store', customer_ref_json(c.store_id, c.store_magento_id, s.code),
    'group', CASE WHEN c.group_id IS NULL THEN NULL ELSE json_build_object(
               'id', c.group_id, 'magento_id', c.group_magento_id, 'code', g.code,
               'tax_class', CASE WHEN g.tax_class_magento_id IS NULL THEN NULL ELSE json_build_object('magento_id', g.tax_class_magento_id, 'name', g.tax_class_name) END) END,
    'increment_id', c.increment_id, 'prefix', c.prefix, 'firstname', c.firstname, 'middlename', c.middlename, 'lastname', c.lastname,
    'suffix', c.suffix, 'dob', c.dob::text, 'gender', c.gender, 'gender_label', c.gender_label, 'taxvat', c.taxvat, 'is_active', c.is_active,
    'confirmed', c.confirmed, 'disable_auto_group_change', c.disable_auto_group_change, 'created_in', c.created_in,
    'created_at', customer_iso(c.created_at), 'updated_at', customer_iso(c.updated_at), 'custom_attributes', c.attributes,
    'addresses', COALESCE((
      SELECT json_agg(json_build_object(
               'id', a.id, 'magento_id', a.magento_id, 'prefix', a.prefix, 'firstname', a.firstname, 'middlename', a.middlename,
               'lastname', a.lastname, 'suffix', a.suffix, 'company', a.company, 'street', a.street, 'city', a.city, 'region', a.region,
               'region_id', a.region_id, 'region_code', a.region_code, 'postcode', a.postcode, 'country_id', a.country_id,
               'telephone', a.telephone, 'fax', a.fax, 'vat_id', a.vat_id, 'is_active', a.is_active,
               'default_billing', a.id IS NOT DISTINCT FROM c.default_billing_address_id,
               'default_shipping', a.id IS NOT DISTINCT FROM c.default_shipping_address_id,
               'custom_attributes', a.attributes) ORDER BY a.magento_id)
        FROM customer_address a WHERE a.customer_id = c.id), '[]'::json),
    'newsletter', COALESCE((
      SELECT json_agg(json_build_object(
               'magento_id', n.magento_id, 'store', customer_ref_json(n.store_id, n.store_magento_id, ns.code), 'website', nw.code,
               'status', n.status_label, 'status_code', n.status, 'changed_at', customer_iso(n.changed_at)) ORDER BY n.magento_id)
        FROM newsletter_subscription n LEFT JOIN store ns ON ns.id = n.store_id LEFT JOIN website nw ON nw.id = ns.website_id
       WHERE n.customer_id = c.id), '[]'::json),
    'password', json_build_object('algorithm', cr.password_algorithm, 'upgraded_at', customer_iso(cr.password_upgraded_at)))
    FROM customer c
    LEFT JOIN website w ON w.id = c.website_id
    LEFT JOIN store s ON s.id = c.store_id
    LEFT JOIN customer_group g ON g.id = c.group_id
    LEFT JOIN customer_credentials cr ON cr.customer_id = c.id
   WHERE c.id = p_id
  );
END
$$;

-- The documents of these customers, rebuilt from their rows (none for an id without a customer). The customers'
-- rows are locked first, in id order: two address batches loaded side by side (migrate --workers) may touch one
-- customer; the second waits for the first to commit and its next statement (a fresh snapshot under READ
-- COMMITTED) sees both, so the last document written holds every address. jit off: compiling costs more than
-- the statement, whose plan is costed blind before the first ANALYZE of a run's tables.
CREATE FUNCTION refresh_customer_documents(ids uuid[]) RETURNS integer
LANGUAGE plpgsql SET jit = off AS $$
DECLARE
  n integer;
BEGIN
  PERFORM 1 FROM customer WHERE id = ANY (ids) ORDER BY id FOR UPDATE;
  DELETE FROM customer_document WHERE customer_id = ANY (ids);
  INSERT INTO customer_document (customer_id, magento_id, email_key, website_magento_id, body)
  SELECT c.id, c.magento_id, c.email_key, c.website_magento_id, customer_document_json(c.id)::text
    FROM customer c WHERE c.id = ANY (ids);
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END
$$;

-- A login that re-hashes a password (or anyone changing what the document shows of the credentials) rebuilds it
-- in the same transaction. Only on a change of those two columns: a login's failure count or last login is not
-- in the document, and the bulk load inserts (no trigger) and refreshes in its batches.
CREATE FUNCTION customer_credentials_document() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_customer_documents(ARRAY[NEW.customer_id]);
  RETURN NULL;
END
$$;

CREATE TRIGGER customer_credentials_document AFTER UPDATE OF password_algorithm, password_upgraded_at ON customer_credentials
  FOR EACH ROW
  WHEN (OLD.password_algorithm IS DISTINCT FROM NEW.password_algorithm OR OLD.password_upgraded_at IS DISTINCT FROM NEW.password_upgraded_at)
  EXECUTE FUNCTION customer_credentials_document();

-- Customers loaded before this read model existed get their documents now (none on a new database).
SELECT refresh_customer_documents(ARRAY(SELECT id FROM customer));
