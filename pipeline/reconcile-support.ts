/**
 * What every context's reconciliation (ContextMigration.reconcile) needs: the Magento keys of its rejects, and a
 * check row source = target + rejected with exact decimals.
 */
import { Decimal } from 'decimal.js';
import type { Queryable } from '../services/kit/index.ts';
import type { Reconciliation, ReconciliationRow } from './report.ts';

/** Numbers from the source_key of an entity's rejects ("value_id=12" -> 12 for field value_id). */
export async function rejectedIds(target: Queryable, service: string, entity: string, field: string, reasons?: string[]): Promise<number[]> {
  const { rows } = await target.query('SELECT source_key, reason FROM magemig.rejects WHERE service = $1 AND entity = $2', [service, entity]);
  const out: number[] = [];
  const re = new RegExp(`(?:^|,)${field}=(\\d+)`);
  for (const r of rows as Array<{ source_key: string; reason: string }>) {
    if (reasons && !reasons.includes(r.reason)) continue;
    const m = re.exec(r.source_key);
    if (m) out.push(Number(m[1]));
  }
  return [...new Set(out)];
}

/** One figure of `doc` (what is counted) in `scope` (a website, a source, a stock): 'count' or a column's sum. */
export function check(doc: string, measure: string, scope: string, source: unknown, target: unknown, rejected: unknown = 0): ReconciliationRow {
  const d = (v: unknown) => new Decimal(v === null || v === undefined ? 0 : String(v));
  return { doc, store: scope, currency: '-', measure, source: d(source).toFixed(), rejected: d(rejected).toFixed(), target: d(target).toFixed(), balanced: d(source).eq(d(target).plus(d(rejected))) };
}

/** The rows as the report holds them (a dry run, with no target, reconciles nothing: undefined). */
export function reconciliationOf(rows: ReconciliationRow[], notes: string[] = []): Reconciliation {
  return { rows, balanced: rows.every((r) => r.balanced), notes };
}
