/**
 * The warehouse's reconciliation: per source, the items and the sum of their quantities (MSI), or the legacy
 * stock items standing in for the default source; per stock, the reservations and their sum. Each source =
 * target + rejected (a rejected quantity is loaded as none, so its amount is on the rejected side).
 */
import { Decimal } from 'decimal.js';
import { readRows } from '../../extractors/query.ts';
import type { SourceContext } from '../../extractors/source.ts';
import type { Queryable } from '../../services/kit/index.ts';
import { warehouseReservationSums, warehouseSourceItemValues, warehouseSourceSums, warehouseStockItemSums, warehouseStockItemValues } from '../../sql/source/reconcile/index.ts';
import { check, reconciliationOf, rejectedIds } from '../reconcile-support.ts';
import type { Reconciliation, ReconciliationRow } from '../report.ts';
import { hasMsi } from './optional.ts';

export async function reconcileWarehouse({ src, target }: { src: SourceContext; target: Queryable | null }): Promise<Reconciliation | undefined> {
  if (!target) return undefined;
  const staged = src.edition === 'commerce';
  const cur = (a: string) => (staged ? `AND ${a}.created_in <= :version AND ${a}.updated_in > :version` : '');
  const vars = { schema: src.schema, raw: { current: cur('p'), current_q: cur('q') } };
  const params = { version: src.options.stagingVersion };
  const out: ReconciliationRow[] = [];
  // Legacy stock items.
  const [items] = await readRows(src.conn, warehouseStockItemSums, params, vars);
  const t = (await target.query('SELECT count(*)::int AS n, coalesce(sum(qty), 0)::text AS total FROM stock_item')).rows[0];
  const negative = await rejectedIds(target, 'warehouse', 'products', 'item_id', ['NEGATIVE_QTY_NO_BACKORDERS']);
  const negQty = negative.length ? await readRows(src.conn, warehouseStockItemValues, { ids: negative }) : [];
  out.push(check('legacy stock items', 'count', 'stock 1', items.n, t.n, items.bad_n));
  out.push(check('legacy stock items', 'qty', 'stock 1', items.total, t.total, new Decimal(items.bad_total ?? 0).plus(negQty.reduce((a, r) => a.plus(r.qty ?? 0), new Decimal(0)))));
  if (!hasMsi(src.schema)) return reconciliationOf(out);
  const targetSums = new Map((await target.query('SELECT source_code, count(*)::int AS n, coalesce(sum(quantity), 0)::text AS total FROM source_item GROUP BY source_code')).rows.map((r) => [r.source_code, r]));
  const rejectedAll = await rejectedIds(target, 'warehouse', 'source_items', 'source_item_id');
  const valueRejected = new Set(await rejectedIds(target, 'warehouse', 'source_items', 'source_item_id', ['NEGATIVE_QTY_NO_BACKORDERS']));
  const rejected = rejectedAll.length ? await readRows(src.conn, warehouseSourceItemValues, { ids: rejectedAll }) : [];
  for (const s of await readRows(src.conn, warehouseSourceSums)) {
    const mine = rejected.filter((r) => r.source_code === s.source_code);
    const tt = targetSums.get(s.source_code);
    out.push(check('source items', 'count', `source ${s.source_code}`, s.n, tt?.n ?? 0, mine.filter((r) => !valueRejected.has(Number(r.source_item_id))).length));
    out.push(check('source items', 'quantity', `source ${s.source_code}`, s.total, tt?.total ?? 0, mine.reduce((a, r) => a.plus(r.quantity), new Decimal(0))));
  }
  if (src.schema.hasTable('inventory_reservation')) {
    const res = new Map((await target.query('SELECT stock_id, count(*)::int AS n, coalesce(sum(quantity), 0)::text AS total FROM reservation WHERE magento_id IS NOT NULL GROUP BY stock_id')).rows.map((r) => [Number(r.stock_id), r]));
    for (const s of await readRows(src.conn, warehouseReservationSums)) {
      const tt = res.get(Number(s.stock_id));
      out.push(check('reservations', 'count', `stock ${s.stock_id}`, s.n, tt?.n ?? 0));
      out.push(check('reservations', 'quantity', `stock ${s.stock_id}`, s.total, tt?.total ?? 0));
    }
  }
  return reconciliationOf(out);
}
