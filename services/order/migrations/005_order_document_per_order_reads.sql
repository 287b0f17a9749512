-- The order documents' build (004) again, with the same answer, read order by order.
--
-- Why: 004 read each child table once for the batch and aggregated per order. During an import the tables have
-- no planner statistics yet (nothing has run ANALYZE), and Postgres costed those joins blind: it chose whole-table
-- scans and merge joins over the primary keys (order_item twice, order_address, order_status_history, order_tax),
-- so every batch read every row loaded before it. Measured on the `medium` store (50,000 orders): 1.0-1.5 s of
-- Postgres time per batch of 1,000 orders at the end of the run, for 7,000 rows of output; the import's total
-- grew with the square of the orders. Turning the planner's hash and merge joins off instead made it worse (30 s:
-- nested loops over the aggregated CTEs, which have no index).
--
-- Here each part is a correlated read of one order's rows: `WHERE order_id = o.id` on the tables' primary keys
-- (order_id first) or on invoice/shipment/creditmemo (order_id), a parameterised index scan whatever the
-- statistics say. The cost is then proportional to the batch's own rows. Same JSON, same key order, same parts
-- (test/order/read-model.test.ts compares every document with the per-request assembly).
CREATE OR REPLACE FUNCTION order_documents_build(ids uuid[], parts text[]) RETURNS void
LANGUAGE plpgsql SET jit = off AS $$
DECLARE
  p_order boolean := 'order' = ANY (parts);
  p_payment boolean := 'payment' = ANY (parts);
  p_invoices boolean := 'invoices' = ANY (parts);
  p_shipments boolean := 'shipments' = ANY (parts);
  p_credit_memos boolean := 'credit_memos' = ANY (parts);
  p_links boolean := 'links' = ANY (parts);
BEGIN
  INSERT INTO order_document AS d (order_id, magento_id, increment_id, store_magento_id, store_code, customer_id, head, payment, tail, invoices, shipments, credit_memos, links)
  SELECT o.id, o.magento_id, o.increment_id, o.store_magento_id, o.store_code, o.customer_id,
    CASE WHEN p_order THEN left(json_build_object(
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
    CASE WHEN p_payment THEN COALESCE(payment.j::text, 'null') END,
    -- The history and taxes as members' text (an object's text without its braces).
    CASE WHEN p_order THEN substr(x.t, 2, length(x.t) - 2) END,
    CASE WHEN p_invoices THEN COALESCE(invoices.j, '[]'::json)::text END,
    CASE WHEN p_shipments THEN COALESCE(shipments.j, '[]'::json)::text END,
    CASE WHEN p_credit_memos THEN COALESCE(creditmemos.j, '[]'::json)::text END,
    CASE WHEN p_links THEN COALESCE(links.j, '[]'::json)::text END
    FROM (SELECT DISTINCT u.id FROM unnest(ids) AS u(id)) k
    CROSS JOIN LATERAL (SELECT * FROM sales_order so WHERE so.id = k.id) o
    LEFT JOIN order_status st ON st.status = o.status
    LEFT JOIN order_status_label sl ON sl.status = o.status AND sl.store_magento_id = o.store_magento_id
    -- Lines with their child rows nested (nestItems): a row whose parent is not a line of the order is a line of
    -- its own, after the others.
    LEFT JOIN LATERAL (
      SELECT json_agg((left(order_item_json(l)::text, -1) || ', "children" : ' || COALESCE(
               CASE WHEN l.parent_magento_id IS NULL THEN (
                 SELECT json_agg(order_item_json(c) ORDER BY c.magento_id) FROM order_item c
                  WHERE c.order_id = l.order_id AND c.parent_magento_id = l.magento_id) END, '[]'::json)::text || '}')::json
             ORDER BY l.parent_magento_id IS NOT NULL, l.magento_id) AS j
        FROM order_item l
       WHERE p_order AND l.order_id = o.id
         AND (l.parent_magento_id IS NULL OR NOT EXISTS (
               SELECT 1 FROM order_item p WHERE p.order_id = l.order_id AND p.magento_id = l.parent_magento_id AND p.parent_magento_id IS NULL))
    ) items ON true
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object(
               'magento_id', a.magento_id, 'type', a.address_type, 'prefix', a.prefix, 'firstname', a.firstname, 'middlename', a.middlename,
               'lastname', a.lastname, 'suffix', a.suffix, 'company', a.company,
               -- String(street).split('\n'): an empty street is one empty line.
               'street', CASE WHEN a.street IS NULL THEN '[]'::json WHEN a.street = '' THEN '[""]'::json ELSE to_json(string_to_array(a.street, E'\n')) END,
               'city', a.city, 'region', a.region, 'region_id', a.region_id, 'postcode', a.postcode, 'country_id', a.country_id,
               'telephone', a.telephone, 'fax', a.fax, 'email', a.email, 'vat_id', a.vat_id) ORDER BY a.magento_id) AS j
        FROM order_address a WHERE p_order AND a.order_id = o.id
    ) addresses ON true
    -- The first payment (by Magento key), with its transactions.
    LEFT JOIN LATERAL (
      SELECT json_build_object(
               'magento_id', p.magento_id, 'method', p.method, 'amount_ordered', p.amount_ordered::text, 'base_amount_ordered', p.base_amount_ordered::text,
               'amount_authorized', p.amount_authorized::text, 'amount_paid', p.amount_paid::text, 'base_amount_paid', p.base_amount_paid::text,
               'amount_refunded', p.amount_refunded::text, 'base_amount_refunded', p.base_amount_refunded::text, 'amount_canceled', p.amount_canceled::text,
               'shipping_captured', p.shipping_captured::text, 'cc_type', p.cc_type, 'cc_last4', p.cc_last_4, 'last_trans_id', p.last_trans_id,
               'po_number', p.po_number, 'additional_information', p.additional_information, 'transactions', COALESCE((
                 SELECT json_agg(json_build_object(
                          'magento_id', t.magento_id, 'txn_id', t.txn_id, 'parent_txn_id', t.parent_txn_id, 'txn_type', t.txn_type, 'is_closed', t.is_closed,
                          'additional_information', t.additional_information, 'created_at', order_iso(t.created_at)) ORDER BY t.magento_id)
                   FROM payment_transaction t WHERE t.order_id = p.order_id AND t.payment_magento_id = p.magento_id), '[]'::json)) AS j
        FROM order_payment p WHERE p_payment AND p.order_id = o.id ORDER BY p.magento_id LIMIT 1
    ) payment ON true
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object(
               'magento_id', h.magento_id, 'status', h.status, 'comment', h.comment, 'is_customer_notified', h.is_customer_notified,
               'is_visible_on_front', h.is_visible_on_front, 'entity_name', h.entity_name, 'created_at', order_iso(h.created_at))
             ORDER BY h.created_at NULLS FIRST, h.magento_id) AS j
        FROM order_status_history h WHERE p_order AND h.order_id = o.id
    ) history ON true
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('magento_id', x.magento_id, 'code', x.code, 'title', x.title, 'percent', x.percent::text,
                                        'amount', x.amount::text, 'base_amount', x.base_amount::text) ORDER BY x.magento_id) AS j
        FROM order_tax x WHERE p_order AND x.order_id = o.id
    ) taxes ON true
    LEFT JOIN LATERAL (
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
                   FROM invoice_comment c WHERE c.invoice_id = d.id), '[]'::json)) ORDER BY d.magento_id) AS j
        FROM invoice d WHERE p_invoices AND d.order_id = o.id
    ) invoices ON true
    LEFT JOIN LATERAL (
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
                   FROM shipment_comment c WHERE c.shipment_id = d.id), '[]'::json)) ORDER BY d.magento_id) AS j
        FROM shipment d WHERE p_shipments AND d.order_id = o.id
    ) shipments ON true
    LEFT JOIN LATERAL (
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
                   FROM creditmemo_comment c WHERE c.creditmemo_id = d.id), '[]'::json)) ORDER BY d.magento_id) AS j
        FROM creditmemo d WHERE p_credit_memos AND d.order_id = o.id
    ) creditmemos ON true
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('magento_id', l.magento_id, 'order_item_magento_id', l.order_item_magento_id, 'product_id', l.product_id,
               'link_title', l.link_title, 'status', l.status, 'number_of_downloads_bought', l.number_of_downloads_bought,
               'number_of_downloads_used', l.number_of_downloads_used) ORDER BY l.magento_id) AS j
        FROM downloadable_link_purchased_item l WHERE p_links AND l.order_id = o.id
    ) links ON true
    CROSS JOIN LATERAL (SELECT json_build_object('status_history', COALESCE(history.j, '[]'::json), 'taxes', COALESCE(taxes.j, '[]'::json))::text AS t) x
  ON CONFLICT (order_id) DO UPDATE SET
    magento_id = EXCLUDED.magento_id, increment_id = EXCLUDED.increment_id, store_magento_id = EXCLUDED.store_magento_id,
    store_code = EXCLUDED.store_code, customer_id = EXCLUDED.customer_id,
    head = COALESCE(EXCLUDED.head, d.head), payment = COALESCE(EXCLUDED.payment, d.payment), tail = COALESCE(EXCLUDED.tail, d.tail),
    invoices = COALESCE(EXCLUDED.invoices, d.invoices), shipments = COALESCE(EXCLUDED.shipments, d.shipments),
    credit_memos = COALESCE(EXCLUDED.credit_memos, d.credit_memos), links = COALESCE(EXCLUDED.links, d.links);
END
$$;
