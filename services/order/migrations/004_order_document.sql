-- The order read model: one JSON document per order, exactly what GET /orders/{increment_id} answers, so a read
-- is one indexed lookup that sends stored text, with no assembly (services/order/repository-orders.ts orderView
-- assembles the same answer from the rows; test/order/read-model.test.ts compares the two for every order).
--
-- When it is written: an order's rows come from several declared entities (orders with their items, addresses,
-- payments, history and taxes; then invoices, shipments, credit memos, payment transactions, downloadable
-- links), each with its own keyset and checkpoint. Each of their batches calls refresh_order_documents for the
-- orders it touched, in its own transaction, after its tables and before its checkpoint (Batch.after). So the
-- document is never more or less current than the rows: a batch that commits commits its documents, one that
-- is killed (kill -9) rolls both back, a delta rerun that rewrites a child rebuilds its order's document. A
-- single document step at the end would build each order once, but leave orders without a document (or with
-- a stale one after a delta) between the entities, and would need its own record of which orders changed.
-- The price: an order is built once per entity that touches it (its invoices, shipments... batches).

CREATE TABLE order_document (
  order_id uuid PRIMARY KEY,
  magento_id bigint NOT NULL,
  increment_id text NOT NULL,
  store_magento_id integer,
  store_code text,
  -- Who may read it (a customer's token reads its own orders only): checked before the body is sent.
  customer_id uuid,
  -- The answer's JSON text, sent as is.
  body text NOT NULL
);
-- The route's lookup: an increment id, in a store view when given.
CREATE INDEX order_document_lookup ON order_document (increment_id, store_code);

-- Timestamps as the API writes them (repository-shape.ts iso): ISO 8601 UTC, milliseconds only when not zero.
CREATE FUNCTION order_iso(t timestamptz) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT replace(to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), '.000Z', 'Z')
$$;

-- Magento's state -> the service's lifecycle (services/order/lifecycle.ts; the read-model test holds the two equal).
CREATE FUNCTION order_lifecycle(state text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE state WHEN 'new' THEN 'placed' WHEN 'pending_payment' THEN 'awaiting_payment' WHEN 'payment_review' THEN 'payment_review'
    WHEN 'processing' THEN 'processing' WHEN 'complete' THEN 'completed' WHEN 'closed' THEN 'closed' WHEN 'canceled' THEN 'canceled'
    WHEN 'holded' THEN 'on_hold' ELSE 'unknown' END
$$;

-- One order line or child row (repository-orders.ts item): amounts and quantities as exact decimal text.
CREATE FUNCTION order_item_json(i order_item) RETURNS json
LANGUAGE sql STABLE AS $$
  SELECT json_build_object(
    'magento_id', i.magento_id, 'sku', i.sku, 'name', i.name, 'product_id', i.product_id, 'product_magento_id', i.product_magento_id,
    'product_type', i.product_type, 'qty_ordered', i.qty_ordered::text, 'qty_invoiced', i.qty_invoiced::text, 'qty_shipped', i.qty_shipped::text,
    'qty_refunded', i.qty_refunded::text, 'qty_canceled', i.qty_canceled::text, 'price', i.price::text, 'base_price', i.base_price::text,
    'original_price', i.original_price::text, 'price_incl_tax', i.price_incl_tax::text, 'row_total', i.row_total::text,
    'base_row_total', i.base_row_total::text, 'row_total_incl_tax', i.row_total_incl_tax::text, 'tax_percent', i.tax_percent::text,
    'tax_amount', i.tax_amount::text, 'base_tax_amount', i.base_tax_amount::text, 'discount_amount', i.discount_amount::text,
    'base_discount_amount', i.base_discount_amount::text, 'amount_refunded', i.amount_refunded::text,
    'base_amount_refunded', i.base_amount_refunded::text, 'weight', i.weight::text, 'is_virtual', i.is_virtual, 'options', i.product_options,
    'gift_message', i.gift_message)
$$;

-- A comment of an invoice, shipment or credit memo (repository-documents.ts comment).
CREATE FUNCTION order_comment_json(magento_id bigint, comment text, notified integer, visible boolean, created timestamptz) RETURNS json
LANGUAGE sql STABLE AS $$
  SELECT json_build_object('magento_id', magento_id, 'comment', comment, 'is_customer_notified', notified, 'is_visible_on_front', visible,
                           'created_at', order_iso(created))
$$;

-- A billed or refunded item (repository-documents.ts billedItem); invoice_item and creditmemo_item have the same columns.
CREATE FUNCTION order_billed_item_json(magento_id bigint, order_item bigint, product bigint, sku text, name text, qty numeric, price numeric,
  base_price numeric, row_total numeric, base_row_total numeric, tax numeric, base_tax numeric, discount numeric, base_discount numeric) RETURNS json
LANGUAGE sql STABLE AS $$
  SELECT json_build_object('magento_id', magento_id, 'order_item_magento_id', order_item, 'product_magento_id', product, 'sku', sku, 'name', name,
    'qty', qty::text, 'price', price::text, 'base_price', base_price::text, 'row_total', row_total::text, 'base_row_total', base_row_total::text,
    'tax_amount', tax::text, 'base_tax_amount', base_tax::text, 'discount_amount', discount::text, 'base_discount_amount', base_discount::text)
$$;

-- The body of one order (orderView's fields, in its order). plpgsql, so that its plan is prepared once per session.
CREATE FUNCTION order_document_json(p_id uuid) RETURNS json
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN (
  SELECT json_build_object(
    'id', o.id, 'magento_id', o.magento_id, 'increment_id', o.increment_id, 'store', o.store_code, 'store_id', o.store_magento_id,
    'store_name', o.store_name, 'state', o.state, 'status', o.status, 'status_label', COALESCE(sl.label, st.label),
    'lifecycle', order_lifecycle(o.state), 'created_at', order_iso(o.created_at), 'updated_at', order_iso(o.updated_at),
    'customer', json_build_object(
      'id', o.customer_id, 'magento_id', o.customer_magento_id, 'is_guest', o.customer_is_guest, 'email', o.customer_email,
      'prefix', o.customer_prefix, 'firstname', o.customer_firstname, 'middlename', o.customer_middlename, 'lastname', o.customer_lastname,
      'suffix', o.customer_suffix, 'group', o.customer_group_id, 'dob', o.customer_dob::text, 'gender', o.customer_gender, 'taxvat', o.customer_taxvat),
    'currency', json_build_object('order', o.order_currency, 'base', o.base_currency, 'global', o.global_currency, 'store', o.store_currency,
      'base_to_order_rate', o.base_to_order_rate::text),
    'totals', json_build_object(
      'subtotal', o.subtotal::text, 'tax', o.tax_amount::text, 'shipping', o.shipping_amount::text, 'discount', o.discount_amount::text,
      'grand_total', o.grand_total::text, 'base_grand_total', o.base_grand_total::text, 'total_paid', o.total_paid::text,
      'total_refunded', o.total_refunded::text, 'total_invoiced', o.total_invoiced::text, 'total_canceled', o.total_canceled::text,
      'total_due', o.total_due::text, 'subtotal_incl_tax', o.subtotal_incl_tax::text, 'shipping_incl_tax', o.shipping_incl_tax::text,
      'base_subtotal', o.base_subtotal::text, 'base_tax', o.base_tax_amount::text, 'base_shipping', o.base_shipping_amount::text,
      'base_discount', o.base_discount_amount::text, 'base_total_paid', o.base_total_paid::text, 'base_total_refunded', o.base_total_refunded::text,
      'base_total_invoiced', o.base_total_invoiced::text, 'base_total_canceled', o.base_total_canceled::text, 'base_total_due', o.base_total_due::text,
      'total_qty_ordered', o.total_qty_ordered::text),
    'shipping', json_build_object('method', o.shipping_method, 'description', o.shipping_description, 'weight', o.weight::text, 'is_virtual', o.is_virtual),
    'coupon_code', o.coupon_code, 'discount_description', o.discount_description, 'customer_note', o.customer_note, 'gift_message', o.gift_message,
    -- Lines with their child rows nested (nestItems): a row whose parent is not a line of the order is a line of its own, after the others.
    'items', COALESCE((
      SELECT json_agg((left(order_item_json(l)::text, -1) || ', "children" : ' || COALESCE((
                SELECT json_agg(order_item_json(c) ORDER BY c.magento_id) FROM order_item c
                 WHERE c.order_id = l.order_id AND c.parent_magento_id = l.magento_id AND l.parent_magento_id IS NULL), '[]'::json)::text || '}')::json
              ORDER BY l.parent_magento_id IS NOT NULL, l.magento_id)
        FROM order_item l
       WHERE l.order_id = o.id
         AND (l.parent_magento_id IS NULL OR NOT EXISTS (
               SELECT 1 FROM order_item p WHERE p.order_id = l.order_id AND p.magento_id = l.parent_magento_id AND p.parent_magento_id IS NULL))), '[]'::json),
    'addresses', COALESCE((
      SELECT json_agg(json_build_object(
               'magento_id', a.magento_id, 'type', a.address_type, 'prefix', a.prefix, 'firstname', a.firstname, 'middlename', a.middlename,
               'lastname', a.lastname, 'suffix', a.suffix, 'company', a.company,
               -- String(street).split('\n'): an empty street is one empty line.
               'street', CASE WHEN a.street IS NULL THEN '[]'::json WHEN a.street = '' THEN '[""]'::json ELSE to_json(string_to_array(a.street, E'\n')) END,
               'city', a.city, 'region', a.region, 'region_id', a.region_id, 'postcode', a.postcode, 'country_id', a.country_id,
               'telephone', a.telephone, 'fax', a.fax, 'email', a.email, 'vat_id', a.vat_id) ORDER BY a.magento_id)
        FROM order_address a WHERE a.order_id = o.id), '[]'::json),
    -- The first payment (by Magento key), with its transactions.
    'payment', (
      SELECT json_build_object(
               'magento_id', p.magento_id, 'method', p.method, 'amount_ordered', p.amount_ordered::text, 'base_amount_ordered', p.base_amount_ordered::text,
               'amount_authorized', p.amount_authorized::text, 'amount_paid', p.amount_paid::text, 'base_amount_paid', p.base_amount_paid::text,
               'amount_refunded', p.amount_refunded::text, 'base_amount_refunded', p.base_amount_refunded::text, 'amount_canceled', p.amount_canceled::text,
               'shipping_captured', p.shipping_captured::text, 'cc_type', p.cc_type, 'cc_last4', p.cc_last_4, 'last_trans_id', p.last_trans_id,
               'po_number', p.po_number, 'additional_information', p.additional_information,
               'transactions', COALESCE((
                 SELECT json_agg(json_build_object(
                          'magento_id', t.magento_id, 'txn_id', t.txn_id, 'parent_txn_id', t.parent_txn_id, 'txn_type', t.txn_type, 'is_closed', t.is_closed,
                          'additional_information', t.additional_information, 'created_at', order_iso(t.created_at)) ORDER BY t.magento_id)
                   FROM payment_transaction t WHERE t.order_id = o.id AND t.payment_magento_id = p.magento_id), '[]'::json))
        FROM order_payment p WHERE p.order_id = o.id ORDER BY p.magento_id LIMIT 1),
    'status_history', COALESCE((
      SELECT json_agg(json_build_object(
               'magento_id', h.magento_id, 'status', h.status, 'comment', h.comment, 'is_customer_notified', h.is_customer_notified,
               'is_visible_on_front', h.is_visible_on_front, 'entity_name', h.entity_name, 'created_at', order_iso(h.created_at))
             ORDER BY h.created_at NULLS FIRST, h.magento_id)
        FROM order_status_history h WHERE h.order_id = o.id), '[]'::json),
    'taxes', COALESCE((
      SELECT json_agg(json_build_object('magento_id', x.magento_id, 'code', x.code, 'title', x.title, 'percent', x.percent::text,
                                        'amount', x.amount::text, 'base_amount', x.base_amount::text) ORDER BY x.magento_id)
        FROM order_tax x WHERE x.order_id = o.id), '[]'::json),
    'invoices', COALESCE((
      SELECT json_agg(json_build_object(
               'id', d.id, 'magento_id', d.magento_id, 'increment_id', d.increment_id, 'state', d.state, 'created_at', order_iso(d.created_at),
               'updated_at', order_iso(d.updated_at), 'currency', json_build_object('order', d.order_currency, 'base', d.base_currency),
               'totals', json_build_object(
                 'subtotal', d.subtotal::text, 'base_subtotal', d.base_subtotal::text, 'tax', d.tax_amount::text, 'base_tax', d.base_tax_amount::text,
                 'shipping', d.shipping_amount::text, 'base_shipping', d.base_shipping_amount::text, 'discount', d.discount_amount::text,
                 'base_discount', d.base_discount_amount::text, 'grand_total', d.grand_total::text, 'base_grand_total', d.base_grand_total::text,
                 'total_qty', d.total_qty::text),
               'transaction_id', d.transaction_id,
               'items', COALESCE((
                 SELECT json_agg(order_billed_item_json(i.magento_id, i.order_item_magento_id, i.product_magento_id, i.sku, i.name, i.qty, i.price,
                          i.base_price, i.row_total, i.base_row_total, i.tax_amount, i.base_tax_amount, i.discount_amount, i.base_discount_amount) ORDER BY i.magento_id)
                   FROM invoice_item i WHERE i.invoice_id = d.id), '[]'::json),
               'comments', COALESCE((
                 SELECT json_agg(order_comment_json(c.magento_id, c.comment, c.is_customer_notified, c.is_visible_on_front, c.created_at) ORDER BY c.magento_id)
                   FROM invoice_comment c WHERE c.invoice_id = d.id), '[]'::json)) ORDER BY d.magento_id)
        FROM invoice d WHERE d.order_id = o.id), '[]'::json),
    'shipments', COALESCE((
      SELECT json_agg(json_build_object(
               'id', d.id, 'magento_id', d.magento_id, 'increment_id', d.increment_id, 'created_at', order_iso(d.created_at),
               'updated_at', order_iso(d.updated_at), 'totals', json_build_object('total_qty', d.total_qty::text, 'total_weight', d.total_weight::text),
               'shipment_status', d.shipment_status,
               'items', COALESCE((
                 SELECT json_agg(json_build_object('magento_id', i.magento_id, 'order_item_magento_id', i.order_item_magento_id,
                          'product_magento_id', i.product_magento_id, 'sku', i.sku, 'name', i.name, 'qty', i.qty::text, 'price', i.price::text,
                          'weight', i.weight::text) ORDER BY i.magento_id)
                   FROM shipment_item i WHERE i.shipment_id = d.id), '[]'::json),
               'tracks', COALESCE((
                 SELECT json_agg(json_build_object('magento_id', t.magento_id, 'carrier_code', t.carrier_code, 'title', t.title,
                          'track_number', t.track_number, 'description', t.description, 'qty', t.qty::text, 'weight', t.weight::text,
                          'created_at', order_iso(t.created_at)) ORDER BY t.magento_id)
                   FROM shipment_track t WHERE t.shipment_id = d.id), '[]'::json),
               'comments', COALESCE((
                 SELECT json_agg(order_comment_json(c.magento_id, c.comment, c.is_customer_notified, c.is_visible_on_front, c.created_at) ORDER BY c.magento_id)
                   FROM shipment_comment c WHERE c.shipment_id = d.id), '[]'::json)) ORDER BY d.magento_id)
        FROM shipment d WHERE d.order_id = o.id), '[]'::json),
    'credit_memos', COALESCE((
      SELECT json_agg(json_build_object(
               'id', d.id, 'magento_id', d.magento_id, 'increment_id', d.increment_id, 'state', d.state, 'invoice_magento_id', d.invoice_magento_id,
               'created_at', order_iso(d.created_at), 'updated_at', order_iso(d.updated_at),
               'currency', json_build_object('order', d.order_currency, 'base', d.base_currency),
               'totals', json_build_object(
                 'subtotal', d.subtotal::text, 'base_subtotal', d.base_subtotal::text, 'tax', d.tax_amount::text, 'base_tax', d.base_tax_amount::text,
                 'shipping', d.shipping_amount::text, 'base_shipping', d.base_shipping_amount::text, 'discount', d.discount_amount::text,
                 'base_discount', d.base_discount_amount::text, 'grand_total', d.grand_total::text, 'base_grand_total', d.base_grand_total::text,
                 'adjustment', d.adjustment::text, 'base_adjustment', d.base_adjustment::text, 'adjustment_positive', d.adjustment_positive::text,
                 'base_adjustment_positive', d.base_adjustment_positive::text, 'adjustment_negative', d.adjustment_negative::text,
                 'base_adjustment_negative', d.base_adjustment_negative::text),
               'transaction_id', d.transaction_id,
               'items', COALESCE((
                 SELECT json_agg(order_billed_item_json(i.magento_id, i.order_item_magento_id, i.product_magento_id, i.sku, i.name, i.qty, i.price,
                          i.base_price, i.row_total, i.base_row_total, i.tax_amount, i.base_tax_amount, i.discount_amount, i.base_discount_amount) ORDER BY i.magento_id)
                   FROM creditmemo_item i WHERE i.creditmemo_id = d.id), '[]'::json),
               'comments', COALESCE((
                 SELECT json_agg(order_comment_json(c.magento_id, c.comment, c.is_customer_notified, c.is_visible_on_front, c.created_at) ORDER BY c.magento_id)
                   FROM creditmemo_comment c WHERE c.creditmemo_id = d.id), '[]'::json)) ORDER BY d.magento_id)
        FROM creditmemo d WHERE d.order_id = o.id), '[]'::json),
    'downloadable_links', COALESCE((
      SELECT json_agg(json_build_object('magento_id', l.magento_id, 'order_item_magento_id', l.order_item_magento_id, 'product_id', l.product_id,
               'link_title', l.link_title, 'status', l.status, 'number_of_downloads_bought', l.number_of_downloads_bought,
               'number_of_downloads_used', l.number_of_downloads_used) ORDER BY l.magento_id)
        FROM downloadable_link_purchased_item l WHERE l.order_id = o.id), '[]'::json))
    FROM sales_order o
    LEFT JOIN order_status st ON st.status = o.status
    LEFT JOIN order_status_label sl ON sl.status = o.status AND sl.store_magento_id = o.store_magento_id
   WHERE o.id = p_id
  );
END
$$;

-- The documents of these orders, rebuilt from their rows (none for an id without an order). The orders' rows are
-- locked first, in id order: two batches of one entity loaded side by side (migrate --workers) may touch the
-- same order (its invoices in two key ranges); the second waits for the first to commit, and its next statement
-- (a fresh snapshot under READ COMMITTED) then sees both, so the last document written holds every row.
CREATE FUNCTION refresh_order_documents(ids uuid[]) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  n integer;
BEGIN
  PERFORM 1 FROM sales_order WHERE id = ANY (ids) ORDER BY id FOR UPDATE;
  DELETE FROM order_document WHERE order_id = ANY (ids);
  INSERT INTO order_document (order_id, magento_id, increment_id, store_magento_id, store_code, customer_id, body)
  SELECT o.id, o.magento_id, o.increment_id, o.store_magento_id, o.store_code, o.customer_id, order_document_json(o.id)::text
    FROM sales_order o WHERE o.id = ANY (ids);
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END
$$;

-- Orders loaded before this read model existed get their documents now (none on a new database).
SELECT refresh_order_documents(ARRAY(SELECT id FROM sales_order));
