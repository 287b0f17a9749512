-- The customer documents of a batch built set-based (002's refresh_customer_documents called the plpgsql
-- customer_document_json once per customer: a plan run, an SPI call and three sub-selects per id). Now one
-- INSERT ... SELECT reads the batch's customers by primary key, and their addresses and subscriptions by their
-- customer_id indexes, each table once for the whole batch, aggregated per customer (as the order service's
-- order_documents_build does). The body is the same json_build_object as customer_document_json's, so the
-- text stored is byte for byte what 002 stored. Same signature: the import's statements, the credentials
-- trigger and refreshBuilt call it unchanged.
--
-- Locking as in 002: the customers' rows first, in id order (two address batches side by side may share one).
-- jit off: before the first ANALYZE of a run's tables the statement is costed blind, high enough for JIT.
CREATE OR REPLACE FUNCTION refresh_customer_documents(ids uuid[]) RETURNS integer
LANGUAGE plpgsql SET jit = off AS $$
DECLARE
  n integer;
BEGIN
  -- Every read of the batch's own rows goes by primary key, one id at a time (LATERAL): joined as sets, blind plans
  -- may scan the whole table for each batch.
  PERFORM 1 FROM (SELECT DISTINCT u.id FROM unnest(ids) AS u(id) ORDER BY 1) k
    CROSS JOIN LATERAL (SELECT 1 FROM customer c WHERE c.id = k.id FOR UPDATE) l;
  DELETE FROM customer_document d USING unnest(ids) AS u(id) WHERE d.customer_id = u.id;
  INSERT INTO customer_document (customer_id, magento_id, email_key, website_magento_id, body)
  WITH
  -- The batch's customers, as a relation the planner joins by index (a large `= ANY` array it may scan for).
  k AS MATERIALIZED (SELECT DISTINCT u.id FROM unnest(ids) AS u(id)),
  cs AS MATERIALIZED (SELECT c.* FROM k CROSS JOIN LATERAL (SELECT * FROM customer x WHERE x.id = k.id) c)
  SELECT c.id, c.magento_id, c.email_key, c.website_magento_id, json_build_object(
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
    'addresses', COALESCE(addr.j, '[]'::json),
    'newsletter', COALESCE(news.j, '[]'::json),
    'password', json_build_object('algorithm', cr.password_algorithm, 'upgraded_at', customer_iso(cr.password_upgraded_at)))::text
    FROM cs c
    LEFT JOIN website w ON w.id = c.website_id
    LEFT JOIN store s ON s.id = c.store_id
    LEFT JOIN customer_group g ON g.id = c.group_id
    LEFT JOIN customer_credentials cr ON cr.customer_id = c.id
    -- Per customer, by its customer_id index (LATERAL: a join of the aggregates was planned as a scan of the
    -- whole table per batch while the tables have no statistics, which a first run's tables never have).
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object(
               'id', a.id, 'magento_id', a.magento_id, 'prefix', a.prefix, 'firstname', a.firstname, 'middlename', a.middlename,
               'lastname', a.lastname, 'suffix', a.suffix, 'company', a.company, 'street', a.street, 'city', a.city, 'region', a.region,
               'region_id', a.region_id, 'region_code', a.region_code, 'postcode', a.postcode, 'country_id', a.country_id,
               'telephone', a.telephone, 'fax', a.fax, 'vat_id', a.vat_id, 'is_active', a.is_active,
               'default_billing', a.id IS NOT DISTINCT FROM c.default_billing_address_id,
               'default_shipping', a.id IS NOT DISTINCT FROM c.default_shipping_address_id,
               'custom_attributes', a.attributes) ORDER BY a.magento_id) AS j
        FROM customer_address a WHERE a.customer_id = c.id) addr ON true
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
