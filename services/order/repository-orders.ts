/**
 * One order as the order API shows it: its Magento key and store, state and status (with the store's label
 * and the service's lifecycle), the customer (the customer service's id, or null for a guest or a deleted
 * customer, and the snapshot Magento kept), both currencies, exact totals, its lines with their child rows
 * nested, addresses, payment, status history, taxes, documents and purchased links.
 */
import type { Queryable } from '../kit/index.ts';
import { orderHead, orderPayment, orderTail, purchasedLinks } from './order-body.ts';
import { orderDocuments } from './repository-documents.ts';

export interface OrderMatch {
  id: string;
  store: string | null;
  store_id: number | null;
  /** The customer service's id (null: a guest's order): who may read it. */
  customer_id: string | null;
}

/** Orders with this increment id (one per store view at most), in one store view when `store` is given. */
export async function findOrders(db: Queryable, incrementId: string, store?: string): Promise<OrderMatch[]> {
  const { rows } = await db.query<{ id: string; store_code: string | null; store_magento_id: number | null; customer_id: string | null }>(
    `SELECT id, store_code, store_magento_id, customer_id FROM sales_order WHERE increment_id = $1 AND ($2::text IS NULL OR store_code = $2) ORDER BY store_magento_id NULLS LAST, magento_id`,
    [incrementId, store ?? null],
  );
  return rows.map((r) => ({ id: r.id, store: r.store_code, store_id: r.store_magento_id, customer_id: r.customer_id }));
}

export async function storeExists(db: Queryable, code: string): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM order_store WHERE code = $1', [code]);
  return rows.length > 0;
}

const byOrder = (table: string) => `SELECT * FROM ${table} WHERE order_id = $1 ORDER BY magento_id`;

export async function orderView(db: Queryable, id: string) {
  const { rows } = await db.query(
    `SELECT o.*, o.customer_dob::text AS dob, coalesce(sl.label, st.label) AS status_label
       FROM sales_order o
       LEFT JOIN order_status st ON st.status = o.status
       LEFT JOIN order_status_label sl ON sl.status = o.status AND sl.store_magento_id = o.store_magento_id
      WHERE o.id = $1`,
    [id],
  );
  const o = rows[0];
  if (!o) return null;
  const [items, addresses, payments, history, taxes, transactions, links, documents] = await Promise.all([
    db.query(byOrder('order_item'), [id]),
    db.query(byOrder('order_address'), [id]),
    db.query(byOrder('order_payment'), [id]),
    db.query('SELECT * FROM order_status_history WHERE order_id = $1 ORDER BY created_at NULLS FIRST, magento_id', [id]),
    db.query(byOrder('order_tax'), [id]),
    db.query(byOrder('payment_transaction'), [id]),
    db.query(byOrder('downloadable_link_purchased_item'), [id]),
    orderDocuments(db, id),
  ]);
  return {
    ...orderHead(o, items.rows, addresses.rows),
    payment: orderPayment(payments.rows, transactions.rows),
    ...orderTail(history.rows, taxes.rows),
    ...documents,
    downloadable_links: purchasedLinks(links.rows),
  };
}
