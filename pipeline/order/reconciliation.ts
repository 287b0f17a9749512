/**
 * The order context's reconciliation: per document type, store view and currency, the source's count and
 * sums (gathered by the entities while they read, transforms/order/reconcile.ts, exact), what the rejected
 * rows account for, and the target's own count and sums (services/order orderTotals, read back from
 * Postgres after the run). Each row balances when source - rejected = target. A dry run shows the source.
 */
import type { PgClient } from '../../core/postgres.ts';
import type { SourceContext } from '../../extractors/source.ts';
import { orderTotals } from '../../services/order/index.ts';
import { MEASURES, RECONCILE_PREFIX, type ReconciledDoc } from '../../transforms/order/reconcile.ts';
import { fromUnits, units } from '../../transforms/order/values.ts';
import type { EntityReport, Reconciliation, ReconciliationRow } from '../report.ts';
import { storeCodesOf } from './lookups.ts';

const DOCS: ReconciledDoc[] = ['orders', 'invoices', 'shipments', 'creditmemos'];

interface Cell {
  source: number;
  rejected: number;
  target: number | null;
}

export async function reconcileOrders(input: { entities: readonly EntityReport[]; target: PgClient | null; src: SourceContext }): Promise<Reconciliation> {
  // doc|store|currency -> measure -> cell (counts as plain integers, sums in ten-thousandths)
  const cells = new Map<string, Map<string, Cell>>();
  const cell = (doc: string, store: string, currency: string, measure: string): Cell => {
    const k = `${doc}|${store}|${currency}`;
    let m = cells.get(k);
    if (!m) cells.set(k, (m = new Map()));
    let c = m.get(measure);
    if (!c) m.set(measure, (c = { source: 0, rejected: 0, target: input.target ? 0 : null }));
    return c;
  };
  for (const e of input.entities) {
    for (const [k, v] of Object.entries(e.stats)) {
      if (!k.startsWith(RECONCILE_PREFIX)) continue;
      // reconcile.<doc>.<store>.<currency>.<side>.<measure>
      const [, doc, store, currency, side, measure] = k.split('.');
      const c = cell(doc, store, currency, measure);
      if (side === 'source') c.source += v;
      else if (side === 'rejected') c.rejected += v;
    }
  }
  if (input.target) {
    for (const t of await orderTotals(input.target)) {
      const store = t.store_magento_id === null ? 'none' : String(t.store_magento_id);
      const currency = t.currency || 'none';
      cell(t.doc, store, currency, 'count').target = t.count;
      for (const [m, sum] of Object.entries(t.sums)) cell(t.doc, store, currency, m).target = units(sum);
    }
  }
  const codes = await storeCodesOf(input.src);
  const label = (store: string) => (store === 'none' ? '(deleted store)' : `${codes.get(Number(store)) ?? '(unknown)'} (${store})`);
  const rows: ReconciliationRow[] = [];
  const keys = [...cells.keys()].sort((a, b) => {
    const [da, ...ra] = a.split('|');
    const [db, ...rb] = b.split('|');
    return DOCS.indexOf(da as ReconciledDoc) - DOCS.indexOf(db as ReconciledDoc) || ra.join('|').localeCompare(rb.join('|'));
  });
  for (const k of keys) {
    const [doc, store, currency] = k.split('|');
    const measures = cells.get(k)!;
    for (const measure of ['count', ...(MEASURES[doc as ReconciledDoc] ?? [])]) {
      const c = measures.get(measure) ?? { source: 0, rejected: 0, target: input.target ? 0 : null };
      const fmt = (n: number) => (measure === 'count' ? String(n) : fromUnits(n));
      rows.push({
        doc, store: label(store), currency: currency === 'none' ? '(none)' : currency, measure,
        source: fmt(c.source), rejected: fmt(c.rejected), target: c.target === null ? null : fmt(c.target),
        balanced: c.target === null ? null : c.source - c.rejected === c.target,
      });
    }
  }
  const balanced = input.target ? rows.every((r) => r.balanced) : null;
  const notes = ['qty_ordered counts order lines only: the child rows of configurable and bundle lines are part of their parent line.'];
  if (!input.target) notes.push('Dry run: the source side only (the target is not read).');
  return { rows, balanced, notes };
}
