/**
 * An order's invoices, shipments (with tracks) and credit memos as the order API shows them: each with its
 * id, Magento key, increment id, totals (exact decimal texts), items and comments.
 */
import type { Queryable } from '../kit/index.ts';
import { groupRows, iso, num, type DbRow } from './repository-shape.ts';

const comment = (c: DbRow) => ({
  magento_id: num(c.magento_id as string), comment: c.comment, is_customer_notified: c.is_customer_notified,
  is_visible_on_front: c.is_visible_on_front, created_at: iso(c.created_at as Date),
});

const billedItem = (i: DbRow) => ({
  magento_id: num(i.magento_id as string), order_item_magento_id: num(i.order_item_magento_id as string), product_magento_id: num(i.product_magento_id as string),
  sku: i.sku, name: i.name, qty: i.qty, price: i.price, base_price: i.base_price, row_total: i.row_total, base_row_total: i.base_row_total,
  tax_amount: i.tax_amount, base_tax_amount: i.base_tax_amount, discount_amount: i.discount_amount, base_discount_amount: i.base_discount_amount,
});

const moneyTotals = (d: DbRow) => ({
  subtotal: d.subtotal, base_subtotal: d.base_subtotal, tax: d.tax_amount, base_tax: d.base_tax_amount,
  shipping: d.shipping_amount, base_shipping: d.base_shipping_amount, discount: d.discount_amount, base_discount: d.base_discount_amount,
  grand_total: d.grand_total, base_grand_total: d.base_grand_total,
});

async function children(db: Queryable, table: string, parentColumn: string, ids: string[]): Promise<Map<string, DbRow[]>> {
  if (ids.length === 0) return new Map();
  // Table and column names are the code's own (never input).
  const { rows } = await db.query(`SELECT * FROM ${table} WHERE ${parentColumn} = ANY($1::uuid[]) ORDER BY ${parentColumn}, magento_id`, [ids]);
  return groupRows(rows, parentColumn);
}

export async function orderDocuments(db: Queryable, orderId: string) {
  const [inv, shp, cm] = await Promise.all(
    ['invoice', 'shipment', 'creditmemo'].map((t) => db.query(`SELECT * FROM ${t} WHERE order_id = $1 ORDER BY magento_id`, [orderId]).then((r) => r.rows)),
  );
  const [invItems, invComments, shpItems, shpTracks, shpComments, cmItems, cmComments] = await Promise.all([
    children(db, 'invoice_item', 'invoice_id', inv.map((d) => d.id)),
    children(db, 'invoice_comment', 'invoice_id', inv.map((d) => d.id)),
    children(db, 'shipment_item', 'shipment_id', shp.map((d) => d.id)),
    children(db, 'shipment_track', 'shipment_id', shp.map((d) => d.id)),
    children(db, 'shipment_comment', 'shipment_id', shp.map((d) => d.id)),
    children(db, 'creditmemo_item', 'creditmemo_id', cm.map((d) => d.id)),
    children(db, 'creditmemo_comment', 'creditmemo_id', cm.map((d) => d.id)),
  ]);
  const of = (m: Map<string, DbRow[]>, id: unknown) => m.get(String(id)) ?? [];
  return {
    invoices: inv.map((d) => invoiceView(d, of(invItems, d.id), of(invComments, d.id))),
    shipments: shp.map((d) => shipmentView(d, of(shpItems, d.id), of(shpTracks, d.id), of(shpComments, d.id))),
    credit_memos: cm.map((d) => creditMemoView(d, of(cmItems, d.id), of(cmComments, d.id))),
  };
}

/*
 * One document as the order API shows it, from its stored rows (children by magento_id), pure: the per-request
 * read above and the import's stored texts (document-texts.ts) share these, so the two cannot drift apart.
 */

export function invoiceView(d: DbRow, items: readonly DbRow[], comments: readonly DbRow[]) {
  return {
    id: d.id, magento_id: num(d.magento_id as string), increment_id: d.increment_id, state: d.state, created_at: iso(d.created_at as Date | null),
    updated_at: iso(d.updated_at as Date | null), currency: { order: d.order_currency, base: d.base_currency }, totals: { ...moneyTotals(d), total_qty: d.total_qty },
    transaction_id: d.transaction_id, items: items.map(billedItem), comments: comments.map(comment),
  };
}

export function shipmentView(d: DbRow, items: readonly DbRow[], tracks: readonly DbRow[], comments: readonly DbRow[]) {
  return {
    id: d.id, magento_id: num(d.magento_id as string), increment_id: d.increment_id, created_at: iso(d.created_at as Date | null), updated_at: iso(d.updated_at as Date | null),
    totals: { total_qty: d.total_qty, total_weight: d.total_weight }, shipment_status: d.shipment_status,
    items: items.map((i) => ({
      magento_id: num(i.magento_id as string), order_item_magento_id: num(i.order_item_magento_id as string), product_magento_id: num(i.product_magento_id as string),
      sku: i.sku, name: i.name, qty: i.qty, price: i.price, weight: i.weight,
    })),
    tracks: tracks.map((t) => ({
      magento_id: num(t.magento_id as string), carrier_code: t.carrier_code, title: t.title, track_number: t.track_number, description: t.description,
      qty: t.qty, weight: t.weight, created_at: iso(t.created_at as Date),
    })),
    comments: comments.map(comment),
  };
}

export function creditMemoView(d: DbRow, items: readonly DbRow[], comments: readonly DbRow[]) {
  return {
    id: d.id, magento_id: num(d.magento_id as string), increment_id: d.increment_id, state: d.state, invoice_magento_id: num(d.invoice_magento_id as string),
    created_at: iso(d.created_at as Date | null), updated_at: iso(d.updated_at as Date | null), currency: { order: d.order_currency, base: d.base_currency },
    totals: {
      ...moneyTotals(d), adjustment: d.adjustment, base_adjustment: d.base_adjustment, adjustment_positive: d.adjustment_positive,
      base_adjustment_positive: d.base_adjustment_positive, adjustment_negative: d.adjustment_negative, base_adjustment_negative: d.base_adjustment_negative,
    },
    transaction_id: d.transaction_id, items: items.map(billedItem), comments: comments.map(comment),
  };
}
