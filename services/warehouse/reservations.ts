/**
 * POST /warehouse/reservations: reserve an order's items on a stock, as MSI's PlaceReservationsForSalesEvent
 * does at order placement (a negative reservation per SKU, metadata naming the order). In one transaction:
 *  - idempotent by order id: reservation_order's primary key; a second request for the order (even a
 *    concurrent one, which waits on the first's insert) answers the reservations already made, changes nothing;
 *  - never below zero salable quantity: each SKU is locked (a transaction-level advisory lock per stock and
 *    SKU, taken in sorted order so two orders cannot deadlock), its salable quantity computed under the lock,
 *    and the whole order refused (409) when one item does not fit. Items whose stock is not managed, or that
 *    allow backorders, are accepted as Magento accepts them;
 *  - the read model's reservation totals of the SKUs (reservation_total, read by GET /warehouse/stock) are
 *    recomputed in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import { Decimal } from 'decimal.js';
import type pg from 'pg';
import { HttpError, type Queryable } from '../kit/index.ts';
import { stockFacts } from './read-model.ts';
import { productBySku, stockAnswer } from './repository.ts';

export interface ReservationRequest {
  orderId: string;
  stockId: number;
  items: Array<{ sku: string; qty: string }>;
}

export interface ReservationResult {
  created: boolean;
  order_id: string;
  stock_id: number;
  reservations: Array<{ sku: string; quantity: string; salable_qty_after: string | null }>;
}

async function existing(db: Queryable, orderId: string, stockId: number): Promise<ReservationResult> {
  const { rows } = await db.query('SELECT sku, quantity::text AS quantity FROM reservation WHERE order_id = $1 ORDER BY sku', [orderId]);
  return { created: false, order_id: orderId, stock_id: stockId, reservations: rows.map((r) => ({ sku: r.sku, quantity: r.quantity, salable_qty_after: null })) };
}

export async function reserve(pool: Queryable, req: ReservationRequest): Promise<ReservationResult> {
  const p = pool as Partial<pg.Pool>;
  if (typeof p.connect !== 'function') throw new HttpError(500, 'INTERNAL', 'reservations need a connection pool');
  // One line per SKU: the same SKU twice in an order is reserved once, for the sum.
  const wanted = new Map<string, Decimal>();
  for (const i of req.items) wanted.set(i.sku, (wanted.get(i.sku) ?? new Decimal(0)).plus(i.qty));
  const client: pg.PoolClient = await (p as pg.Pool).connect();
  try {
    await client.query('BEGIN');
    const claimed = await client.query('INSERT INTO reservation_order (order_id, stock_id) VALUES ($1, $2) ON CONFLICT (order_id) DO NOTHING RETURNING order_id', [req.orderId, req.stockId]);
    if (claimed.rowCount === 0) {
      await client.query('ROLLBACK');
      const { rows } = await pool.query('SELECT stock_id FROM reservation_order WHERE order_id = $1', [req.orderId]);
      return existing(pool, req.orderId, rows[0]?.stock_id ?? req.stockId);
    }
    // An order migrated from Magento already has its reservations.
    const migrated = await client.query('SELECT 1 FROM reservation WHERE order_id = $1 AND magento_id IS NOT NULL LIMIT 1', [req.orderId]);
    if ((migrated.rowCount ?? 0) > 0) {
      await client.query('ROLLBACK');
      return existing(pool, req.orderId, req.stockId);
    }
    const skus = [...wanted.keys()].sort();
    for (const sku of skus) await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`warehouse:${req.stockId}:${sku}`]);
    const out: ReservationResult['reservations'] = [];
    for (const sku of skus) {
      const qty = wanted.get(sku)!;
      const product = await productBySku(client, sku);
      if (!product) throw new HttpError(404, 'UNKNOWN_SKU', `no product with SKU '${sku}'`);
      const answer = await stockAnswer(client, req.stockId, sku, product);
      if (answer.salable === null) throw new HttpError(400, 'NOT_STOCKED', `'${sku}' is a ${product.type} product: reserve its children`);
      const after = answer.salable.minus(qty);
      const unchecked = product.item !== null && (!product.item.manageStock || product.item.backorders !== 0);
      if (!unchecked && after.lt(0)) {
        throw new HttpError(409, 'INSUFFICIENT_STOCK', `'${sku}': ${qty.toFixed()} asked, ${answer.salable.toFixed()} salable on stock ${req.stockId}`);
      }
      const metadata = { event_type: 'order_placed', object_type: 'order', object_id: req.orderId };
      await client.query('INSERT INTO reservation (id, magento_id, stock_id, sku, quantity, metadata, order_id) VALUES ($1, NULL, $2, $3, $4, $5, $6)', [
        randomUUID(), req.stockId, sku, qty.negated().toFixed(), JSON.stringify(metadata), req.orderId,
      ]);
      out.push({ sku, quantity: qty.negated().toFixed(), salable_qty_after: after.toFixed() });
    }
    // The read model's running totals (read-model.ts), in this transaction and under the SKUs' locks.
    const totals = stockFacts.refreshTotals(skus.map((sku) => [req.stockId, sku] as const));
    await client.query(totals.text, totals.values);
    await client.query('COMMIT');
    return { created: true, order_id: req.orderId, stock_id: req.stockId, reservations: out };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
