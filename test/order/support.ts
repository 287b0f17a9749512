/**
 * The order tests' independent reading of a Magento source: what GET /orders/<increment_id> must answer,
 * built with SQL of its own (written apart from sql/source/order and transforms/order), and the service
 * started on the migrated database.
 */
import type { Connection } from 'mysql2/promise';
import mysql from 'mysql2/promise';
import { entityUuid } from '../../core/ids.ts';
import { parseTarget } from '../../core/postgres.ts';
import { buildHttpServer, type HttpServer } from '../../services/kit/index.ts';
import { orderService } from '../../services/order/index.ts';
import { testAuth } from '../support/tokens.ts';

export async function sourceConnection(url: string): Promise<Connection> {
  return mysql.createConnection({ uri: url, dateStrings: true, decimalNumbers: false, supportBigNumbers: true, timezone: 'Z' });
}

export async function orderServer(pgUrl: string, prefix: string): Promise<HttpServer> {
  return buildHttpServer({ target: parseTarget(pgUrl), prefix, services: [orderService], auth: testAuth() });
}

type Row = Record<string, unknown>;
async function rows(conn: Connection, sql: string, params: unknown[] = []): Promise<Row[]> {
  const [r] = await conn.query(sql, params);
  return r as Row[];
}

const isoUtc = (s: unknown) => (s === null || s === undefined || String(s).startsWith('0000') ? null : `${String(s).replace(' ', 'T')}Z`);

/** The part of the order API's answer this reading checks, for one Magento order. */
export async function expectedOrder(conn: Connection, entityId: number) {
  const [o] = await rows(conn, `SELECT so.*, st.code AS store_code FROM sales_order so LEFT JOIN store st ON st.store_id = so.store_id WHERE so.entity_id = ?`, [entityId]);
  const items = await rows(conn, `SELECT i.item_id, i.parent_item_id, i.sku, i.name, i.product_id, i.qty_ordered, i.qty_invoiced, i.qty_shipped, i.qty_refunded,
      i.price, i.row_total, (SELECT COUNT(*) FROM catalog_product_entity p WHERE p.entity_id = i.product_id) AS product_rows
    FROM sales_order_item i WHERE i.order_id = ? ORDER BY i.item_id`, [entityId]);
  const item = (i: Row) => ({
    sku: i.sku, name: i.name, product_id: Number(i.product_rows) > 0 ? entityUuid('product', Number(i.product_id)) : null,
    qty_ordered: i.qty_ordered, qty_invoiced: i.qty_invoiced, qty_shipped: i.qty_shipped, qty_refunded: i.qty_refunded, price: i.price, row_total: i.row_total,
  });
  const lines = items.filter((i) => i.parent_item_id === null).map((l) => ({
    ...item(l),
    children: items.filter((c) => c.parent_item_id === l.item_id).map(item),
  }));
  const docs = async (table: string, cols: string) => rows(conn, `SELECT ${cols} FROM ${table} WHERE order_id = ? ORDER BY entity_id`, [entityId]);
  const invoices = await docs('sales_invoice', 'increment_id, grand_total, base_grand_total');
  const shipments = await docs('sales_shipment', 'entity_id, increment_id, total_qty');
  const tracks = await rows(conn, 'SELECT parent_id, track_number FROM sales_shipment_track WHERE order_id = ? ORDER BY entity_id', [entityId]);
  const creditmemos = await docs('sales_creditmemo', 'increment_id, grand_total, base_grand_total');
  const addresses = await rows(conn, 'SELECT address_type, city, postcode FROM sales_order_address WHERE parent_id = ? ORDER BY entity_id', [entityId]);
  const [payment] = await rows(conn, 'SELECT method, amount_paid, cc_last_4 FROM sales_order_payment WHERE parent_id = ? ORDER BY entity_id LIMIT 1', [entityId]);
  const history = await rows(conn, 'SELECT status, comment FROM sales_order_status_history WHERE parent_id = ?', [entityId]);
  return {
    id: entityUuid('order', entityId),
    magento_id: entityId,
    increment_id: o.increment_id,
    store: o.store_code ?? null,
    state: o.state,
    status: o.status,
    created_at: isoUtc(o.created_at),
    customer: {
      id: o.customer_id === null ? null : entityUuid('customer', Number(o.customer_id)),
      // A name with a NUL byte (a dirty customer record copied into the order) is a value reject: null in the service.
      email: o.customer_email, firstname: withoutNul(o.customer_firstname), lastname: withoutNul(o.customer_lastname), group: o.customer_group_id,
    },
    currency: { order: o.order_currency_code, base: o.base_currency_code },
    totals: {
      subtotal: o.subtotal, tax: o.tax_amount, shipping: o.shipping_amount, discount: o.discount_amount, grand_total: o.grand_total,
      base_grand_total: o.base_grand_total, total_paid: o.total_paid, total_refunded: o.total_refunded,
    },
    items: lines,
    addresses: addresses.map((a) => ({ type: a.address_type, city: a.city, postcode: a.postcode })),
    payment: payment ? { method: payment.method, amount_paid: payment.amount_paid, cc_last4: payment.cc_last_4 } : null,
    status_history: history.length,
    invoices: invoices.map((d) => ({ increment_id: d.increment_id, totals: { grand_total: d.grand_total, base_grand_total: d.base_grand_total } })),
    shipments: shipments.map((d) => ({
      increment_id: d.increment_id, totals: { total_qty: d.total_qty },
      tracks: tracks.filter((t) => t.parent_id === d.entity_id).map((t) => ({ track_number: t.track_number })),
    })),
    credit_memos: creditmemos.map((d) => ({ increment_id: d.increment_id, totals: { grand_total: d.grand_total, base_grand_total: d.base_grand_total } })),
  };
}

/** The same subset of a service answer (the API has more). */
export function answerSubset(a: Row): unknown {
  const pick = (o: Row, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));
  const item = (i: Row) => pick(i, ['sku', 'name', 'product_id', 'qty_ordered', 'qty_invoiced', 'qty_shipped', 'qty_refunded', 'price', 'row_total']);
  return {
    ...pick(a, ['id', 'magento_id', 'increment_id', 'store', 'state', 'status', 'created_at']),
    customer: pick(a.customer as Row, ['id', 'email', 'firstname', 'lastname', 'group']),
    currency: pick(a.currency as Row, ['order', 'base']),
    totals: pick(a.totals as Row, ['subtotal', 'tax', 'shipping', 'discount', 'grand_total', 'base_grand_total', 'total_paid', 'total_refunded']),
    items: (a.items as Row[]).map((l) => ({ ...item(l), children: (l.children as Row[]).map(item) })),
    addresses: (a.addresses as Row[]).map((x) => pick(x, ['type', 'city', 'postcode'])),
    payment: a.payment ? pick(a.payment as Row, ['method', 'amount_paid', 'cc_last4']) : null,
    status_history: (a.status_history as Row[]).length,
    invoices: (a.invoices as Row[]).map((d) => ({ increment_id: d.increment_id, totals: pick(d.totals as Row, ['grand_total', 'base_grand_total']) })),
    shipments: (a.shipments as Row[]).map((d) => ({
      increment_id: d.increment_id, totals: pick(d.totals as Row, ['total_qty']), tracks: (d.tracks as Row[]).map((t) => pick(t, ['track_number'])),
    })),
    credit_memos: (a.credit_memos as Row[]).map((d) => ({ increment_id: d.increment_id, totals: pick(d.totals as Row, ['grand_total', 'base_grand_total']) })),
  };
}

function withoutNul(v: unknown): unknown {
  return typeof v === 'string' && v.includes('\u0000') ? null : v;
}
