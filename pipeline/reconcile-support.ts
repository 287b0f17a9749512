/**
 * What every context's reconciliation (ContextMigration.reconcile) needs: the Magento keys of its rejects, and a
 * check row source = target + rejected with exact decimals.
 */
import { Decimal } from 'decimal.js';
import type { Queryable } from '../services/kit/index.ts';
import type { ReconciliationRow } from './report.ts';

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

export function check(name: string, scope: string, source: unknown, target: unknown, rejected: unknown = 0): ReconciliationRow {
  const d = (v: unknown) => new Decimal(v === null || v === undefined ? 0 : String(v));
  return { check: name, scope, source: d(source).toFixed(), target: d(target).toFixed(), rejected: d(rejected).toFixed(), matches: d(source).eq(d(target).plus(d(rejected))) };
}
