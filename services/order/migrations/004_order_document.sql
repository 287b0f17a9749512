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
-- Each entity rebuilds only its part of the document (the orders batch builds all of it): an invoices batch
-- reads the invoices of its orders, not their lines again.

CREATE TABLE order_document (
  order_id uuid PRIMARY KEY,
  magento_id bigint NOT NULL,
  increment_id text NOT NULL,
  store_magento_id integer,
  store_code text,
  -- Who may read it (a customer's token reads its own orders only): checked before the body is sent.
  customer_id uuid,
  -- The answer's JSON text in the parts that different entities write, joined by order_document_body (one
  -- concatenation per read): the order's own fields up to its addresses (an object's text without its closing
  -- brace), its payment with the transactions, history and taxes (members' text), then each document list.
  head text,
  payment text,
  tail text,
  invoices text,
  shipments text,
  credit_memos text,
  links text
);
-- The route's lookup: an increment id, in a store view when given.
CREATE INDEX order_document_lookup ON order_document (increment_id, store_code);

-- The answer of one order: its parts joined (orderView's fields, in its order).
CREATE FUNCTION order_document_body(d order_document) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT d.head || ', "payment" : ' || d.payment || ', ' || d.tail || ', "invoices" : ' || d.invoices || ', "shipments" : ' || d.shipments
      || ', "credit_memos" : ' || d.credit_memos || ', "downloadable_links" : ' || d.links || '}'
$$;

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

-- The parts of these orders' documents (order, payment, invoices, shipments, credit_memos, links), built from their
-- rows set-based: each child table is read once for the whole batch (by index) and aggregated per order. Only the
-- parts asked for are read and written; an order without a document gets all of them. jit off: the statement is
-- large and, before the first ANALYZE of a run's tables, costed high enough for JIT, whose compilation took 12 of
-- 15 s for a batch of 2,000 orders (medium store); without it about 1.5 s.
CREATE FUNCTION order_documents_build(ids uuid[], parts text[]) RETURNS void
LANGUAGE plpgsql SET jit = off AS $$
BEGIN
  INSERT INTO order_document AS d (order_id, magento_id, increment_id, store_magento_id, store_code, customer_id, head, payment, tail, invoices, shipments, credit_memos, links)
  WITH
  -- The batch's orders, as a relation the planner joins by index (a large `= ANY` array it would scan for).
  k AS MATERIALIZED (SELECT DISTINCT u.id FROM unnest(ids) AS u(id)),
  -- The orders whose part is asked for (none otherwise: the part's reads do nothing).
  k_order AS (SELECT id FROM k WHERE 'order' = ANY (parts)),
  k_payment AS (SELECT id FROM k WHERE 'payment' = ANY (parts)),
  k_invoices AS (SELECT id FROM k WHERE 'invoices' = ANY (parts)),
  k_shipments AS (SELECT id FROM k WHERE 'shipments' = ANY (parts)),
  k_credit_memos AS (SELECT id FROM k WHERE 'credit_memos' = ANY (parts)),
  k_links AS (SELECT id FROM k WHERE 'links' = ANY (parts)),
  -- Lines with their child rows nested (nestItems): a row whose parent is not a line of the order is a line of
  -- its own, after the others.
  kids AS (
    SELECT c.order_id, c.parent_magento_id, json_agg(order_item_json(c) ORDER BY c.magento_id) AS j
      FROM k_order kp JOIN order_item c ON c.order_id = kp.id
      JOIN order_item p ON p.order_id = c.order_id AND p.magento_id = c.parent_magento_id AND p.parent_magento_id IS NULL
     GROUP BY 1, 2),
  items AS (
    SELECT l.order_id, json_agg((left(order_item_json(l)::text, -1) || ', "children" : ' || COALESCE(kids.j, '[]'::json)::text || '}')::json
                                ORDER BY l.parent_magento_id IS NOT NULL, l.magento_id) AS j
      FROM k_order kp JOIN order_item l ON l.order_id = kp.id
      -- A join, not NOT EXISTS under OR: that would run as a subplan per row, planned blind while the tables
      -- have no statistics yet (a first run).
      LEFT JOIN order_item p ON l.parent_magento_id IS NOT NULL AND p.order_id = l.order_id AND p.magento_id = l.parent_magento_id AND p.parent_magento_id IS NULL
      LEFT JOIN kids ON l.parent_magento_id IS NULL AND kids.order_id = l.order_id AND kids.parent_magento_id = l.magento_id
     WHERE l.parent_magento_id IS NULL OR p.magento_id IS NULL
     GROUP BY 1),
  addresses AS (
    SELECT a.order_id, json_agg(json_build_object(
             'magento_id', a.magento_id, 'type', a.address_type, 'prefix', a.prefix, 'firstname', a.firstname, 'middlename', a.middlename,
             'lastname', a.lastname, 'suffix', a.suffix, 'company', a.company,
             -- String(street).split('\n'): an empty street is one empty line.
             'street', CASE WHEN a.street IS NULL THEN '[]'::json WHEN a.street = '' THEN '[""]'::json ELSE to_json(string_to_array(a.street, E'\n')) END,
             'city', a.city, 'region', a.region, 'region_id', a.region_id, 'postcode', a.postcode, 'country_id', a.country_id,
             'telephone', a.telephone, 'fax', a.fax, 'email', a.email, 'vat_id', a.vat_id) ORDER BY a.magento_id) AS j
      FROM k_order kp JOIN order_address a ON a.order_id = kp.id GROUP BY 1),
  txns AS (
    SELECT t.order_id, t.payment_magento_id, json_agg(json_build_object(
             'magento_id', t.magento_id, 'txn_id', t.txn_id, 'parent_txn_id', t.parent_txn_id, 'txn_type', t.txn_type, 'is_closed', t.is_closed,
             'additional_information', t.additional_information, 'created_at', order_iso(t.created_at)) ORDER BY t.magento_id) AS j
      FROM k_payment kp JOIN payment_transaction t ON t.order_id = kp.id WHERE t.payment_magento_id IS NOT NULL GROUP BY 1, 2),
  -- The first payment (by Magento key), with its transactions.
  payments AS (
    SELECT DISTINCT ON (p.order_id) p.order_id, json_build_object(
             'magento_id', p.magento_id, 'method', p.method, 'amount_ordered', p.amount_ordered::text, 'base_amount_ordered', p.base_amount_ordered::text,
             'amount_authorized', p.amount_authorized::text, 'amount_paid', p.amount_paid::text, 'base_amount_paid', p.base_amount_paid::text,
             'amount_refunded', p.amount_refunded::text, 'base_amount_refunded', p.base_amount_refunded::text, 'amount_canceled', p.amount_canceled::text,
             'shipping_captured', p.shipping_captured::text, 'cc_type', p.cc_type, 'cc_last4', p.cc_last_4, 'last_trans_id', p.last_trans_id,
             'po_number', p.po_number, 'additional_information', p.additional_information, 'transactions', COALESCE(t.j, '[]'::json)) AS j
      FROM k_payment kp JOIN order_payment p ON p.order_id = kp.id LEFT JOIN txns t ON t.order_id = p.order_id AND t.payment_magento_id = p.magento_id
     ORDER BY p.order_id, p.magento_id),
  history AS (
    SELECT h.order_id, json_agg(json_build_object(
             'magento_id', h.magento_id, 'status', h.status, 'comment', h.comment, 'is_customer_notified', h.is_customer_notified,
             'is_visible_on_front', h.is_visible_on_front, 'entity_name', h.entity_name, 'created_at', order_iso(h.created_at))
           ORDER BY h.created_at NULLS FIRST, h.magento_id) AS j
      FROM k_order kp JOIN order_status_history h ON h.order_id = kp.id GROUP BY 1),
  taxes AS (
    SELECT x.order_id, json_agg(json_build_object('magento_id', x.magento_id, 'code', x.code, 'title', x.title, 'percent', x.percent::text,
                                                  'amount', x.amount::text, 'base_amount', x.base_amount::text) ORDER BY x.magento_id) AS j
      FROM k_order kp JOIN order_tax x ON x.order_id = kp.id GROUP BY 1),
  inv AS (SELECT d.* FROM k_invoices kp JOIN invoice d ON d.order_id = kp.id),
  inv_items AS (
    SELECT i.invoice_id, json_agg(order_billed_item_json(i.magento_id, i.order_item_magento_id, i.product_magento_id, i.sku, i.name, i.qty, i.price,
             i.base_price, i.row_total, i.base_row_total, i.tax_amount, i.base_tax_amount, i.discount_amount, i.base_discount_amount) ORDER BY i.magento_id) AS j
      FROM inv JOIN invoice_item i ON i.invoice_id = inv.id GROUP BY 1),
  inv_comments AS (
    SELECT c.invoice_id, json_agg(order_comment_json(c.magento_id, c.comment, c.is_customer_notified, c.is_visible_on_front, c.created_at) ORDER BY c.magento_id) AS j
      FROM inv JOIN invoice_comment c ON c.invoice_id = inv.id GROUP BY 1),
  invoices AS (
    SELECT d.order_id, json_agg(json_build_object(
             'id', d.id, 'magento_id', d.magento_id, 'increment_id', d.increment_id, 'state', d.state, 'created_at', order_iso(d.created_at),
             'updated_at', order_iso(d.updated_at), 'currency', json_build_object('order', d.order_currency, 'base', d.base_currency),
             'totals', json_build_object(
               'subtotal', d.subtotal::text, 'base_subtotal', d.base_subtotal::text, 'tax', d.tax_amount::text, 'base_tax', d.base_tax_amount::text,
               'shipping', d.shipping_amount::text, 'base_shipping', d.base_shipping_amount::text, 'discount', d.discount_amount::text,
               'base_discount', d.base_discount_amount::text, 'grand_total', d.grand_total::text, 'base_grand_total', d.base_grand_total::text,
               'total_qty', d.total_qty::text),
             'transaction_id', d.transaction_id, 'items', COALESCE(ii.j, '[]'::json), 'comments', COALESCE(ic.j, '[]'::json)) ORDER BY d.magento_id) AS j
      FROM inv d LEFT JOIN inv_items ii ON ii.invoice_id = d.id LEFT JOIN inv_comments ic ON ic.invoice_id = d.id GROUP BY 1),
  shp AS (SELECT d.* FROM k_shipments kp JOIN shipment d ON d.order_id = kp.id),
  shp_items AS (
    SELECT i.shipment_id, json_agg(json_build_object('magento_id', i.magento_id, 'order_item_magento_id', i.order_item_magento_id,
             'product_magento_id', i.product_magento_id, 'sku', i.sku, 'name', i.name, 'qty', i.qty::text, 'price', i.price::text,
             'weight', i.weight::text) ORDER BY i.magento_id) AS j
      FROM shp JOIN shipment_item i ON i.shipment_id = shp.id GROUP BY 1),
  shp_tracks AS (
    SELECT t.shipment_id, json_agg(json_build_object('magento_id', t.magento_id, 'carrier_code', t.carrier_code, 'title', t.title,
             'track_number', t.track_number, 'description', t.description, 'qty', t.qty::text, 'weight', t.weight::text,
             'created_at', order_iso(t.created_at)) ORDER BY t.magento_id) AS j
      FROM shp JOIN shipment_track t ON t.shipment_id = shp.id GROUP BY 1),
  shp_comments AS (
    SELECT c.shipment_id, json_agg(order_comment_json(c.magento_id, c.comment, c.is_customer_notified, c.is_visible_on_front, c.created_at) ORDER BY c.magento_id) AS j
      FROM shp JOIN shipment_comment c ON c.shipment_id = shp.id GROUP BY 1),
  shipments AS (
    SELECT d.order_id, json_agg(json_build_object(
             'id', d.id, 'magento_id', d.magento_id, 'increment_id', d.increment_id, 'created_at', order_iso(d.created_at),
             'updated_at', order_iso(d.updated_at), 'totals', json_build_object('total_qty', d.total_qty::text, 'total_weight', d.total_weight::text),
             'shipment_status', d.shipment_status, 'items', COALESCE(si.j, '[]'::json), 'tracks', COALESCE(st.j, '[]'::json),
             'comments', COALESCE(sc.j, '[]'::json)) ORDER BY d.magento_id) AS j
      FROM shp d LEFT JOIN shp_items si ON si.shipment_id = d.id LEFT JOIN shp_tracks st ON st.shipment_id = d.id
      LEFT JOIN shp_comments sc ON sc.shipment_id = d.id GROUP BY 1),
  cm AS (SELECT d.* FROM k_credit_memos kp JOIN creditmemo d ON d.order_id = kp.id),
  cm_items AS (
    SELECT i.creditmemo_id, json_agg(order_billed_item_json(i.magento_id, i.order_item_magento_id, i.product_magento_id, i.sku, i.name, i.qty, i.price,
             i.base_price, i.row_total, i.base_row_total, i.tax_amount, i.base_tax_amount, i.discount_amount, i.base_discount_amount) ORDER BY i.magento_id) AS j
      FROM cm JOIN creditmemo_item i ON i.creditmemo_id = cm.id GROUP BY 1),
  cm_comments AS (
    SELECT c.creditmemo_id, json_agg(order_comment_json(c.magento_id, c.comment, c.is_customer_notified, c.is_visible_on_front, c.created_at) ORDER BY c.magento_id) AS j
      FROM cm JOIN creditmemo_comment c ON c.creditmemo_id = cm.id GROUP BY 1),
  creditmemos AS (
    SELECT d.order_id, json_agg(json_build_object(
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
             'transaction_id', d.transaction_id, 'items', COALESCE(ci.j, '[]'::json), 'comments', COALESCE(cc.j, '[]'::json)) ORDER BY d.magento_id) AS j
      FROM cm d LEFT JOIN cm_items ci ON ci.creditmemo_id = d.id LEFT JOIN cm_comments cc ON cc.creditmemo_id = d.id GROUP BY 1),
  links AS (
    SELECT l.order_id, json_agg(json_build_object('magento_id', l.magento_id, 'order_item_magento_id', l.order_item_magento_id, 'product_id', l.product_id,
             'link_title', l.link_title, 'status', l.status, 'number_of_downloads_bought', l.number_of_downloads_bought,
             'number_of_downloads_used', l.number_of_downloads_used) ORDER BY l.magento_id) AS j
      FROM k_links kp JOIN downloadable_link_purchased_item l ON l.order_id = kp.id GROUP BY 1)
  SELECT o.id, o.magento_id, o.increment_id, o.store_magento_id, o.store_code, o.customer_id,
    CASE WHEN 'order' = ANY (parts) THEN left(json_build_object(
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
    'items', COALESCE(items.j, '[]'::json), 'addresses', COALESCE(addresses.j, '[]'::json))::text, -1) END,
    CASE WHEN 'payment' = ANY (parts) THEN COALESCE(payments.j::text, 'null') END,
    CASE WHEN 'order' = ANY (parts) THEN substr(x.t, 2, length(x.t) - 2) END,
    CASE WHEN 'invoices' = ANY (parts) THEN COALESCE(invoices.j, '[]'::json)::text END,
    CASE WHEN 'shipments' = ANY (parts) THEN COALESCE(shipments.j, '[]'::json)::text END,
    CASE WHEN 'credit_memos' = ANY (parts) THEN COALESCE(creditmemos.j, '[]'::json)::text END,
    CASE WHEN 'links' = ANY (parts) THEN COALESCE(links.j, '[]'::json)::text END
    FROM k JOIN sales_order o ON o.id = k.id
    LEFT JOIN order_status st ON st.status = o.status
    LEFT JOIN order_status_label sl ON sl.status = o.status AND sl.store_magento_id = o.store_magento_id
    LEFT JOIN items ON items.order_id = o.id
    LEFT JOIN addresses ON addresses.order_id = o.id
    LEFT JOIN payments ON payments.order_id = o.id
    LEFT JOIN history ON history.order_id = o.id
    LEFT JOIN taxes ON taxes.order_id = o.id
    LEFT JOIN invoices ON invoices.order_id = o.id
    LEFT JOIN shipments ON shipments.order_id = o.id
    LEFT JOIN creditmemos ON creditmemos.order_id = o.id
    LEFT JOIN links ON links.order_id = o.id
    CROSS JOIN LATERAL (SELECT json_build_object('status_history', COALESCE(history.j, '[]'::json), 'taxes', COALESCE(taxes.j, '[]'::json))::text AS t) x
  ON CONFLICT (order_id) DO UPDATE SET
    magento_id = EXCLUDED.magento_id, increment_id = EXCLUDED.increment_id, store_magento_id = EXCLUDED.store_magento_id,
    store_code = EXCLUDED.store_code, customer_id = EXCLUDED.customer_id,
    head = COALESCE(EXCLUDED.head, d.head), payment = COALESCE(EXCLUDED.payment, d.payment), tail = COALESCE(EXCLUDED.tail, d.tail),
    invoices = COALESCE(EXCLUDED.invoices, d.invoices), shipments = COALESCE(EXCLUDED.shipments, d.shipments),
    credit_memos = COALESCE(EXCLUDED.credit_memos, d.credit_memos), links = COALESCE(EXCLUDED.links, d.links);
END
$$;

-- The documents of these orders, the parts asked for (default: all) rebuilt from their rows; an id without an
-- order has none. The orders' rows are locked first, in id order: two batches of one entity loaded side by side
-- (migrate --workers) may touch the same order (its invoices in two key ranges); the second waits for the first
-- to commit, and its next statement (a fresh snapshot under READ COMMITTED) then sees both, so the last part
-- written holds every row.
CREATE FUNCTION refresh_order_documents(ids uuid[], parts text[] DEFAULT ARRAY['order', 'payment', 'invoices', 'shipments', 'credit_memos', 'links'])
RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  missing uuid[];
BEGIN
  PERFORM 1 FROM sales_order WHERE id = ANY (ids) ORDER BY id FOR UPDATE;
  DELETE FROM order_document d WHERE d.order_id = ANY (ids) AND NOT EXISTS (SELECT 1 FROM sales_order o WHERE o.id = d.order_id);
  missing := ARRAY(SELECT o.id FROM sales_order o WHERE o.id = ANY (ids) AND NOT EXISTS (SELECT 1 FROM order_document d WHERE d.order_id = o.id));
  IF cardinality(missing) > 0 THEN
    PERFORM order_documents_build(missing, ARRAY['order', 'payment', 'invoices', 'shipments', 'credit_memos', 'links']);
  END IF;
  PERFORM order_documents_build(ARRAY(SELECT u.id FROM unnest(ids) AS u(id) EXCEPT SELECT m.id FROM unnest(missing) AS m(id)), parts);
  RETURN cardinality(ids);
END
$$;

-- Orders loaded before this read model existed get their documents now (none on a new database).
SELECT refresh_order_documents(ARRAY(SELECT id FROM sales_order));
