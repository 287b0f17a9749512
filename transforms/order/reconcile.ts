/**
 * The source side of the reconciliation, counted while the pages are read (no second pass over the source):
 * per document type, store view and currency, how many rows the source has and the sums of their amounts,
 * and the same for the rows rejected. Carried in the batches' stats (exact integers of ten-thousandths, see
 * values.ts units()), so they add up across batches and survive a resumed run with the checkpoints.
 *
 *   reconcile.<doc>.<store_id|none>.<currency|none>.<source|rejected>.<measure>
 *
 * pipeline/order/reconciliation.ts sets them against the target's own sums after the run.
 */
import { units } from './values.ts';

export type ReconciledDoc = 'orders' | 'invoices' | 'shipments' | 'creditmemos';

/** Measures per document type: the columns summed (count is always there). */
export const MEASURES: Record<ReconciledDoc, readonly string[]> = {
  orders: ['grand_total', 'base_grand_total', 'total_paid', 'total_refunded', 'qty_ordered'],
  invoices: ['grand_total', 'base_grand_total'],
  shipments: ['total_qty'],
  creditmemos: ['grand_total', 'base_grand_total'],
};

export const RECONCILE_PREFIX = 'reconcile.';

/** Per-page accumulator: one array of sums per (doc, store, currency, side), flushed into stats once. */
export class Reconciler {
  private readonly sums = new Map<string, number[]>();

  private readonly doc: ReconciledDoc;

  constructor(doc: ReconciledDoc) {
    this.doc = doc;
  }

  /** One source row: its amounts (decimal texts) in MEASURES order; rejected rows count on both sides. */
  add(store: number | null, currency: string | null, amounts: ReadonlyArray<string | number | null>, rejected: boolean): void {
    this.bump(`${store ?? 'none'}.${currency || 'none'}.source`, amounts);
    if (rejected) this.bump(`${store ?? 'none'}.${currency || 'none'}.rejected`, amounts);
  }

  private bump(key: string, amounts: ReadonlyArray<string | number | null>): void {
    let s = this.sums.get(key);
    if (!s) this.sums.set(key, (s = new Array(amounts.length + 1).fill(0)));
    s[0]++;
    for (let i = 0; i < amounts.length; i++) s[i + 1] += units(amounts[i]);
  }

  stats(into: Record<string, number> = {}): Record<string, number> {
    const names = ['count', ...MEASURES[this.doc]];
    for (const [key, s] of this.sums) {
      for (let i = 0; i < names.length; i++) if (s[i] !== 0) into[`${RECONCILE_PREFIX}${this.doc}.${key}.${names[i]}`] = s[i];
    }
    return into;
  }
}
