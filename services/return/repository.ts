/** The return service's reads: returns of an order or by id, with items, history and labels (label bytes as their size and hash). */
import type { Queryable } from '../kit/index.ts';

const ts = (v: unknown): string | null => (v === null || v === undefined ? null : new Date(v as string).toISOString());

export async function findReturns(db: Queryable, by: { orderId?: string; id?: string }): Promise<Array<Record<string, unknown> & { customer_id: string | null }>> {
  const { rows } = await db.query(`SELECT * FROM rma WHERE ${by.id ? 'id = $1' : 'order_id = $1'} ORDER BY magento_id`, [by.id ?? by.orderId]);
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const { rows: items } = await db.query(
    `SELECT id, magento_id, rma_id, order_item_id, order_item_magento_id, product_name, product_sku, status, is_qty_decimal,
            qty_requested::text, qty_authorized::text, qty_approved::text, qty_returned::text, attributes FROM rma_item WHERE rma_id = ANY($1::uuid[]) ORDER BY magento_id`, [ids]);
  const { rows: history } = await db.query('SELECT id, magento_id, rma_id, status, comment, is_customer_notified, is_visible_on_front, is_admin, created_at FROM rma_status_history WHERE rma_id = ANY($1::uuid[]) ORDER BY magento_id', [ids]);
  const { rows: labels } = await db.query(
    `SELECT id, magento_id, rma_id, octet_length(label) AS label_bytes, encode(sha256(label), 'hex') AS label_sha256, track_number, carrier_title, method_title,
            carrier_code, method_code, price::text FROM rma_shipping_label WHERE rma_id = ANY($1::uuid[]) ORDER BY magento_id`, [ids]);
  const of = <T extends { rma_id: string }>(list: T[], id: string) => list.filter((x) => x.rma_id === id).map(({ rma_id: _, ...x }) => x);
  return rows.map((r) => ({
    id: r.id, magento_id: r.magento_id, increment_id: r.increment_id, status: r.status, is_active: r.is_active, date_requested: ts(r.date_requested),
    order: { id: r.order_id, magento_id: r.order_magento_id, increment_id: r.order_increment_id }, store_magento_id: r.store_magento_id, customer_id: r.customer_id,
    items: of(items, r.id), status_history: of(history, r.id).map((h) => ({ ...h, created_at: ts(h.created_at) })), shipping_labels: of(labels, r.id),
  }));
}

/** The target side of the reconciliation: counts, quantity requested, label bytes. */
export async function returnTotals(db: Queryable): Promise<Record<string, string>> {
  const { rows } = await db.query(`SELECT (SELECT count(*) FROM rma)::text AS "returns.count", (SELECT count(*) FROM rma_item)::text AS "return items.count",
    (SELECT coalesce(sum(qty_requested), 0) FROM rma_item)::text AS "return items.qty_requested", (SELECT count(*) FROM rma_shipping_label)::text AS "return labels.count",
    (SELECT coalesce(sum(octet_length(label)), 0) FROM rma_shipping_label)::text AS "return labels.label_bytes"`);
  return rows[0];
}
