import { rnd, run, type SeedContext } from '../session.ts';
import { COUNTRIES, eltSql, FIRST_NAMES, LAST_NAMES } from './customers.ts';
import { STOCKED_TYPES } from './inventory.ts';
import { ORDER_KINDS } from './order-kinds.ts';
import { incrementIdSql } from './sales-numbering.ts';

const flag = (col: 'invoiced' | 'shipped' | 'refunded') => `(CASE o.kind ${ORDER_KINDS.map((k, i) => `WHEN ${i} THEN ${k[col]}`).join(' ')} END)`;

/** Addresses, payments, status history, invoices, shipments with tracks, credit memos, MSI reservations. */
export async function createSalesDocuments(ctx: SeedContext): Promise<void> {
  await addresses(ctx);
  await payments(ctx);
  await history(ctx);
  await invoices(ctx);
  await shipments(ctx);
  await creditmemos(ctx);
  await reservations(ctx);
}

/** Billing (id 2n-1) and shipping (id 2n, physical orders only); customers' orders copy their default address. */
async function addresses(ctx: SeedContext): Promise<void> {
  const country = rnd(ctx, 'ocountry', 'o.order_id', COUNTRIES.length);
  // The customer's address for this address type; two joins, since a join on IF(...) cannot use the primary key.
  const a = (column: string) => `IF(s.n = 1, ab.${column}, ash.${column})`;
  const col = (i: number) => `COALESCE(${a(['country_id', 'city', 'region', 'region_id', 'postcode'][i])}, ${eltSql(COUNTRIES.map((c) => c[i]), country)})`;
  await run(ctx, 'sales_order_address', `INSERT INTO sales_order_address (entity_id, parent_id, customer_address_id, quote_address_id, region_id,
      customer_id, fax, region, postcode, lastname, street, city, email, telephone, country_id, firstname, address_type, company, vat_id)
    SELECT STRAIGHT_JOIN o.order_id * 2 - 2 + s.n, o.order_id, ${a('entity_id')}, NULL, ${col(3)}, o.customer_id, NULL, ${col(2)}, ${col(4)},
      so.customer_lastname, COALESCE(${a('street')}, CONCAT(1 + ${rnd(ctx, 'ohouse', 'o.order_id', 300)}, ' Market Street')), ${col(1)},
      so.customer_email, COALESCE(${a('telephone')}, CONCAT('+1 555 ', LPAD(${rnd(ctx, 'ophone', 'o.order_id', 10000)}, 4, '0'))), ${col(0)},
      so.customer_firstname, IF(s.n = 1, 'billing', 'shipping'), ${a('company')}, ${a('vat_id')}
    FROM magemig_order o JOIN sales_order so ON so.entity_id = o.order_id JOIN magemig_small s ON s.n <= 1 + o.physical
    LEFT JOIN customer_entity c ON c.entity_id = o.customer_id
    LEFT JOIN customer_address_entity ab ON ab.entity_id = c.default_billing
    LEFT JOIN customer_address_entity ash ON ash.entity_id = c.default_shipping
    ORDER BY o.order_id, s.n`);
}

/** One payment per order; additional_information is JSON (and PHP-serialized on a few pre-2.2 orders, as in old stores). */
async function payments(ctx: SeedContext): Promise<void> {
  const info = `CASE o.method
    WHEN 'checkmo' THEN IF(${rnd(ctx, 'serialized', 'o.order_id', 100)} < 3, 'a:1:{s:12:"method_title";s:19:"Check / Money order";}', '{"method_title":"Check \\\\/ Money order"}')
    WHEN 'braintree' THEN CONCAT('{"cc_type":"VI","cc_last4":"', LPAD(${rnd(ctx, 'last4', 'o.order_id', 10000)}, 4, '0'), '","method_title":"Credit Card (Braintree)","avsPostalCodeResponseCode":"M","avsStreetAddressResponseCode":"M","cvvResponseCode":"M","processorAuthorizationCode":"', UPPER(SUBSTR(MD5(o.order_id), 1, 6)), '","processorResponseCode":"1000","processorResponseText":"Approved"}')
    WHEN 'paypal_express' THEN CONCAT('{"method_title":"PayPal Express Checkout","paypal_payer_id":"', UPPER(SUBSTR(MD5(CONCAT('payer', o.order_id)), 1, 13)), '","paypal_payer_email":"buyer', o.order_id, '@example.com","paypal_payer_status":"verified","paypal_address_status":"confirmed","paypal_correlation_id":"', SUBSTR(MD5(CONCAT('corr', o.order_id)), 1, 13), '","paypal_express_checkout_token":"EC-', UPPER(SUBSTR(MD5(CONCAT('tok', o.order_id)), 1, 17)), '"}')
    ELSE '{"method_title":"Bank Transfer Payment","instructions":"Pay to IBAN DE00 0000 0000 0000"}' END`;
  await run(ctx, 'sales_order_payment', `INSERT INTO sales_order_payment (entity_id, parent_id, base_shipping_amount, shipping_amount, base_amount_ordered,
      amount_ordered, base_amount_paid, amount_paid, base_amount_refunded, amount_refunded, base_shipping_captured, shipping_captured,
      method, cc_type, cc_last_4, cc_exp_month, cc_exp_year, last_trans_id, additional_information)
    SELECT so.entity_id, so.entity_id, so.base_shipping_amount, so.shipping_amount, so.base_grand_total, so.grand_total,
      so.base_total_paid, so.total_paid, so.base_total_refunded, so.total_refunded, IF(so.base_total_paid IS NULL, NULL, so.base_shipping_amount),
      IF(so.total_paid IS NULL, NULL, so.shipping_amount), o.method, IF(o.method = 'braintree', 'VI', NULL),
      IF(o.method = 'braintree', LPAD(${rnd(ctx, 'last4', 'o.order_id', 10000)}, 4, '0'), NULL), IF(o.method = 'braintree', '12', NULL),
      IF(o.method = 'braintree', '2030', NULL), IF(o.method IN ('braintree', 'paypal_express'), UPPER(SUBSTR(MD5(CONCAT('txn', o.order_id)), 1, 10)), NULL),
      ${info}
    FROM magemig_order o JOIN sales_order so ON so.entity_id = o.order_id ORDER BY o.order_id`);
}

/** "Order placed", then what happened next: invoiced, shipped, canceled, refunded. */
async function history(ctx: SeedContext): Promise<void> {
  const step = `CASE s.n WHEN 1 THEN 'pending' WHEN 2 THEN IF(o.kind = 3, 'canceled', IF(o.kind = 5, 'holded', 'processing'))
    WHEN 3 THEN IF(${flag('refunded')} = 2, 'closed', 'complete') END`;
  const include = `(s.n = 1 OR (s.n = 2 AND (${flag('invoiced')} = 1 OR o.kind IN (3, 5))) OR (s.n = 3 AND ${flag('shipped')} = 1))`;
  await run(ctx, 'sales_order_status_history', `INSERT INTO sales_order_status_history (parent_id, is_customer_notified, is_visible_on_front, comment, status, created_at, entity_name)
    SELECT STRAIGHT_JOIN o.order_id, IF(s.n = 1, 1, 0), IF(s.n = 3, 1, 0),
      CASE s.n WHEN 1 THEN NULL WHEN 2 THEN IF(o.kind = 3, 'Canceled: payment not received', IF(o.kind = 5, 'On hold: address check', CONCAT('Captured amount of $', so.base_grand_total, ' online.'))) ELSE 'Shipped with tracking' END,
      ${step}, TIMESTAMPADD(HOUR, (s.n - 1) * 24, o.created_at), IF(s.n = 1, 'order', IF(s.n = 2 AND ${flag('invoiced')} = 1, 'invoice', IF(s.n = 3, 'shipment', 'order')))
    FROM magemig_order o JOIN sales_order so ON so.entity_id = o.order_id JOIN magemig_small s ON s.n <= 3
    WHERE ${include} ORDER BY o.order_id, s.n`);
}

const docTotals = `so.store_id, so.base_grand_total, so.grand_total, so.base_tax_amount, so.tax_amount, so.base_shipping_amount, so.shipping_amount,
  so.base_subtotal, so.subtotal, so.base_to_order_rate, so.store_to_order_rate, so.base_to_global_rate, so.store_to_base_rate,
  so.billing_address_id, so.shipping_address_id, so.order_currency_code, so.base_currency_code, so.global_currency_code, so.store_currency_code`;
const docTotalCols = `store_id, base_grand_total, grand_total, base_tax_amount, tax_amount, base_shipping_amount, shipping_amount,
  base_subtotal, subtotal, base_to_order_rate, store_to_order_rate, base_to_global_rate, store_to_base_rate,
  billing_address_id, shipping_address_id, order_currency_code, base_currency_code, global_currency_code, store_currency_code`;

/** The n-th document of a store view has sequence value n (sequence_<type>_<store>), as Magento numbers them. */
const perStore = (ctx: SeedContext) => incrementIdSql(ctx, 'so.store_id', 'ROW_NUMBER() OVER (PARTITION BY so.store_id ORDER BY o.order_id)');

/** A partial invoice (invoiced = 2) bills line 1 and the shipping: its totals are the invoiced amounts, no discount. */
async function invoices(ctx: SeedContext): Promise<void> {
  const partial = `${flag('invoiced')} = 2`;
  const totals = docTotals
    .replace('so.base_grand_total, so.grand_total', 'so.base_total_invoiced, so.total_invoiced')
    .replace('so.base_tax_amount, so.tax_amount', `IF(${partial}, o.inv_tax, so.base_tax_amount), IF(${partial}, ROUND(o.inv_tax * o.rate, 4), so.tax_amount)`)
    .replace('so.base_subtotal, so.subtotal', `IF(${partial}, o.inv_sub, so.base_subtotal), IF(${partial}, ROUND(o.inv_sub * o.rate, 4), so.subtotal)`);
  await run(ctx, 'sales_invoice', `INSERT INTO sales_invoice (entity_id, order_id, ${docTotalCols}, total_qty, state, email_sent, send_email,
      can_void_flag, transaction_id, increment_id, created_at, updated_at, base_discount_amount, discount_amount)
    SELECT ROW_NUMBER() OVER (ORDER BY o.order_id), o.order_id, ${totals}, IF(${partial}, (SELECT SUM(i.qty_invoiced) FROM sales_order_item i
        WHERE i.order_id = o.order_id AND i.parent_item_id IS NULL), so.total_qty_ordered), 2, 1, 1, 0,
      (SELECT last_trans_id FROM sales_order_payment p WHERE p.parent_id = o.order_id), ${perStore(ctx)},
      TIMESTAMPADD(HOUR, 24, o.created_at), TIMESTAMPADD(HOUR, 24, o.created_at), IF(${partial}, 0, so.base_discount_amount), IF(${partial}, 0, so.discount_amount)
    FROM magemig_order o JOIN sales_order so ON so.entity_id = o.order_id WHERE ${flag('invoiced')} >= 1 ORDER BY o.order_id`);
  await run(ctx, 'sales_invoice_item', `INSERT INTO sales_invoice_item (parent_id, base_price, tax_amount, base_row_total, discount_amount, row_total,
      base_discount_amount, price_incl_tax, base_tax_amount, base_price_incl_tax, qty, base_cost, price, base_row_total_incl_tax,
      row_total_incl_tax, product_id, order_item_id, sku, name)
    SELECT STRAIGHT_JOIN inv.entity_id, i.base_price, i.tax_amount, i.base_row_total, 0, i.row_total, 0, i.price_incl_tax, i.base_tax_amount,
      i.base_price_incl_tax, i.qty_invoiced, i.base_cost, i.price, i.base_row_total_incl_tax, i.row_total_incl_tax, i.product_id, i.item_id, i.sku, i.name
    FROM sales_invoice inv JOIN sales_order_item i ON i.order_id = inv.order_id AND i.qty_invoiced > 0 ORDER BY inv.entity_id, i.item_id`);
}

async function shipments(ctx: SeedContext): Promise<void> {
  await run(ctx, 'sales_shipment', `INSERT INTO sales_shipment (entity_id, store_id, total_weight, total_qty, email_sent, send_email, order_id, customer_id,
      shipping_address_id, billing_address_id, shipment_status, increment_id, created_at, updated_at, packages)
    SELECT ROW_NUMBER() OVER (ORDER BY o.order_id), so.store_id, so.weight, o.ship_qty, 1, 1, o.order_id, o.customer_id,
      so.shipping_address_id, so.billing_address_id, NULL, ${perStore(ctx)},
      TIMESTAMPADD(HOUR, 48, o.created_at), TIMESTAMPADD(HOUR, 48, o.created_at), '[]'
    FROM magemig_order o JOIN sales_order so ON so.entity_id = o.order_id WHERE ${flag('shipped')} >= 1 AND o.physical = 1 ORDER BY o.order_id`);
  await run(ctx, 'sales_shipment_item', `INSERT INTO sales_shipment_item (parent_id, row_total, price, weight, qty, product_id, order_item_id, name, sku)
    SELECT STRAIGHT_JOIN sh.entity_id, i.base_row_total, i.base_price, i.weight, i.qty_shipped, i.product_id, i.item_id, i.name, i.sku
    FROM sales_shipment sh JOIN sales_order_item i ON i.order_id = sh.order_id AND i.parent_item_id IS NULL AND i.is_virtual = 0 AND i.qty_shipped > 0
    ORDER BY sh.entity_id, i.item_id`);
  const carrier = eltSql(['ups', 'fedex', 'usps', 'dhl'], rnd(ctx, 'carrier', ['sh.entity_id', 's.n'], 4));
  await run(ctx, 'sales_shipment_track', `INSERT INTO sales_shipment_track (parent_id, weight, qty, order_id, track_number, description, title, carrier_code, created_at, updated_at)
    SELECT STRAIGHT_JOIN sh.entity_id, sh.total_weight, sh.total_qty, sh.order_id, CONCAT('1Z', UPPER(SUBSTR(MD5(CONCAT('trk', sh.entity_id, '-', s.n)), 1, 16))),
      NULL, UPPER(${carrier}), ${carrier}, sh.created_at, sh.created_at
    FROM sales_shipment sh JOIN magemig_small s ON s.n <= 1 + IF(${rnd(ctx, 'track2', 'sh.entity_id', 10)} = 0, 1, 0) ORDER BY sh.entity_id, s.n`);
}

/** Closed orders are refunded in full, "partial" ones for their first line only. */
async function creditmemos(ctx: SeedContext): Promise<void> {
  await run(ctx, 'sales_creditmemo', `INSERT INTO sales_creditmemo (entity_id, order_id, ${docTotalCols}, adjustment_positive, adjustment_negative,
      base_adjustment_positive, base_adjustment_negative, adjustment, base_adjustment, email_sent, send_email, creditmemo_status, state, invoice_id,
      transaction_id, increment_id, created_at, updated_at)
    SELECT ROW_NUMBER() OVER (ORDER BY o.order_id), o.order_id, ${docTotals.replace('so.base_grand_total, so.grand_total', 'so.base_total_refunded, so.total_refunded')},
      0, 0, 0, 0, 0, 0, 1, 1, NULL, 2, inv.entity_id, NULL, ${perStore(ctx)},
      TIMESTAMPADD(DAY, 10, o.created_at), TIMESTAMPADD(DAY, 10, o.created_at)
    FROM magemig_order o JOIN sales_order so ON so.entity_id = o.order_id JOIN sales_invoice inv ON inv.order_id = o.order_id
    WHERE ${flag('refunded')} > 0 ORDER BY o.order_id`);
  await run(ctx, 'sales_creditmemo_item', `INSERT INTO sales_creditmemo_item (parent_id, base_price, tax_amount, base_row_total, discount_amount, row_total,
      base_discount_amount, price_incl_tax, base_tax_amount, base_price_incl_tax, qty, base_cost, price, base_row_total_incl_tax,
      row_total_incl_tax, product_id, order_item_id, sku, name)
    SELECT STRAIGHT_JOIN cm.entity_id, i.base_price, i.tax_amount, i.base_amount_refunded, 0, i.amount_refunded, 0, i.price_incl_tax, i.base_tax_amount,
      i.base_price_incl_tax, i.qty_refunded, i.base_cost, i.price, i.base_row_total_incl_tax, i.row_total_incl_tax, i.product_id, i.item_id, i.sku, i.name
    FROM sales_creditmemo cm JOIN sales_order_item i ON i.order_id = cm.order_id AND i.qty_refunded > 0 ORDER BY cm.entity_id, i.item_id`);
}

/** MSI reservations: "order placed" for open orders, plus the compensating "order canceled" of canceled ones. */
async function reservations(ctx: SeedContext): Promise<void> {
  const meta = (event: string) => `CONCAT('{"event_type":"${event}","object_type":"order","object_id":"', o.order_id, '","object_increment_id":"', so.increment_id, '"}')`;
  for (const [event, sign, kinds] of [['order_placed', '-', '0, 1, 2, 3, 5, 7, 8'], ['order_canceled', '', '3']] as const) {
    await run(ctx, 'inventory_reservation', `INSERT INTO inventory_reservation (stock_id, sku, quantity, metadata)
      SELECT STRAIGHT_JOIN IF(o.website_id = 1 OR ${ctx.profile.websites} = 1, 1, 2), i.sku, ${sign}i.qty_ordered, ${meta(event)}
      FROM magemig_order o JOIN sales_order so ON so.entity_id = o.order_id JOIN sales_order_item i ON i.order_id = o.order_id
      WHERE o.kind IN (${kinds}) AND i.product_type IN ${STOCKED_TYPES} AND ${rnd(ctx, 'reserv', 'o.order_id', 10)} < 3
      ORDER BY o.order_id, i.item_id`);
  }
}
