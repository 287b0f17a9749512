/**
 * Building blocks every verifier uses: the counts check, key-set differences, field comparison with a bounded
 * list of differences, and samples of Magento keys drawn from the target.
 */
import type { PgClient } from '../core/postgres.ts';
import { checkpointOfEntity, rejectsOfEntity, sampleKeys } from '../sql/verify/index.ts';
import { renderPgSql } from '../sql/template.ts';
import {
  MAX_DIFFERENCES, MAX_KEYS_NAMED,
  type Difference, type EntityVerification, type KeySet, type Measure, type VerifyContext,
} from './types.ts';

/** An entity's verification being built. */
export class Verification {
  readonly result: EntityVerification;
  constructor(service: string, entity: string) {
    this.result = {
      service, entity,
      counts: { source: 0, loaded: 0, rejected: 0, addsUp: false },
      rejectsByReason: {}, measures: [], keySets: [], sampled: 0, fieldsCompared: 0, differenceCount: 0, differences: [], agrees: false,
    };
  }

  /** source entities = rows the service holds + entities the run rejected (its checkpoint), per reason from magemig.rejects. */
  async counts(ctx: VerifyContext, source: number, loaded: number): Promise<void> {
    const { rows } = await ctx.target.query<{ rows_rejected: string }>(checkpointOfEntity.text, [this.result.entity]);
    const rejected = Number(rows[0]?.rows_rejected ?? 0);
    this.result.counts = { source, loaded, rejected, addsUp: loaded + rejected === source };
    const byReason = await ctx.target.query<{ reason: string; n: string }>(rejectsOfEntity.text, [this.result.entity]);
    this.result.rejectsByReason = Object.fromEntries(byReason.rows.map((r) => [r.reason, Number(r.n)]));
  }

  measure(m: Omit<Measure, 'agrees'>): void {
    this.result.measures.push({ ...m, agrees: m.source === m.target });
  }

  /** Key sets of both sides; `explained` keys (their entity was rejected) are not missing. */
  keySet(name: string, source: Iterable<string>, target: Iterable<string>, explained: ReadonlySet<string> = new Set()): KeySet {
    const s = new Set(source);
    const t = new Set(target);
    const missing = [...s].filter((k) => !t.has(k) && !explained.has(k)).sort();
    const extra = [...t].filter((k) => !s.has(k)).sort();
    const set: KeySet = {
      name, source: s.size, target: t.size,
      missing: missing.slice(0, MAX_KEYS_NAMED), missingCount: missing.length,
      extra: extra.slice(0, MAX_KEYS_NAMED), extraCount: extra.length,
    };
    this.result.keySets.push(set);
    return set;
  }

  /** Compares one field; a difference is recorded (the first MAX_DIFFERENCES of them kept). */
  field(key: string, field: string, source: unknown, target: unknown): void {
    this.result.fieldsCompared++;
    if (sameValue(source, target)) return;
    this.result.differenceCount++;
    if (this.result.differences.length < MAX_DIFFERENCES) {
      const d: Difference = { service: this.result.service, entity: this.result.entity, key, field, source: source ?? null, target: target ?? null };
      this.result.differences.push(d);
    }
  }

  /** Compares two records field by field (the union of their fields). */
  record(key: string, source: Record<string, unknown>, target: Record<string, unknown>): void {
    for (const f of new Set([...Object.keys(source), ...Object.keys(target)])) this.field(key, f, source[f], target[f]);
  }

  done(): EntityVerification {
    const r = this.result;
    r.agrees = r.counts.addsUp && r.differenceCount === 0 && r.measures.every((m) => m.agrees) && r.keySets.every((k) => k.missingCount === 0 && k.extraCount === 0);
    return r;
  }
}

/** Values compared as JSON (numbers as numbers, decimals as their exact strings, arrays in order). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Magento ids of a random sample of a target table's rows (all with 'full'), repeatable for a seed. */
export async function sampleMagentoIds(target: PgClient, table: string, sample: number | 'full', seed: number, column = 'magento_id'): Promise<number[]> {
  await target.query('SELECT setseed($1)', [((seed % 1000) + 1) / 1001]);
  const { rows } = await target.query<{ k: number }>(
    renderPgSql(sampleKeys, { column, table }),
    [sample === 'full' ? null : sample],
  );
  return rows.map((r) => Number(r.k));
}
