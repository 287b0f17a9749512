/**
 * Coupons and usage counters onto the promotion service's rows. Pure.
 * Coupons: the code as stored and its match key (lower case, trailing spaces dropped: MySQL's
 * utf8_general_ci PAD SPACE comparison); a coupon of a rule that does not exist, or without a code, is
 * rejected (DANGLING_REFERENCE, NO_CODE); two codes equal under that comparison: DUPLICATE_CODE (the later).
 * Usage: per coupon and customer, per rule and customer (repeated pairs of salesrule_customer summed); a
 * counter of a deleted coupon, rule or customer is a DANGLING_REFERENCE reject.
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { promotionContract as c } from '../../services/promotion/index.ts';
import type { SourceCoupon, SourceCouponUsage, SourceRuleCustomer } from '../../sql/source/promotion/index.ts';
import { dateValue } from '../values.ts';

export const couponKey = (code: string): string => code.replace(/ +$/, '').toLowerCase();

export function mapCoupons(rows: readonly SourceCoupon[], rules: ReadonlySet<number>, duplicates: ReadonlySet<number>): Mapped {
  const out: unknown[][] = [];
  const rejects: Reject[] = [];
  for (const r of rows) {
    const key = `coupon_id=${r.coupon_id}`;
    if (!r.code || r.code.trim() === '') { rejects.push({ sourceKey: key, reason: 'NO_CODE' }); continue; }
    if (!rules.has(Number(r.rule_id))) { rejects.push({ sourceKey: key, reason: 'DANGLING_REFERENCE', detail: `rule ${r.rule_id} does not exist` }); continue; }
    if (duplicates.has(Number(r.coupon_id))) { rejects.push({ sourceKey: key, reason: 'DUPLICATE_CODE', detail: 'an earlier coupon has the same code but for letter case or trailing spaces' }); continue; }
    out.push([
      entityUuid('salesrule_coupon', r.coupon_id), Number(r.coupon_id), entityUuid('sales_rule', r.rule_id), Number(r.rule_id), r.code, couponKey(r.code),
      r.usage_limit === null || Number(r.usage_limit) === 0 ? null : Number(r.usage_limit), r.usage_per_customer === null || Number(r.usage_per_customer) === 0 ? null : Number(r.usage_per_customer),
      Number(r.times_used ?? 0), dateValue('timestamp', r.expiration_date, key, 'expiration_date', rejects), Number(r.is_primary ?? 0) === 1,
      dateValue('timestamp', r.created_at, key, 'created_at', rejects), Number(r.type ?? 0) === 1 ? 'generated' : 'manual',
    ]);
  }
  return { loadedRows: out.length, tables: { [c.coupon.table]: { columns: c.coupon.columns, rows: out } }, rejects, ids: out.map((r) => ['salesrule_coupon', r[1] as number, r[0] as string]) };
}

export function mapCouponUsage(rows: readonly SourceCouponUsage[], coupons: ReadonlySet<number>, customers: ReadonlySet<number>): Mapped {
  const out: unknown[][] = [];
  const rejects: Reject[] = [];
  for (const r of rows) {
    const key = `coupon_id=${r.coupon_id},customer_id=${r.customer_id}`;
    if (!coupons.has(Number(r.coupon_id))) { rejects.push({ sourceKey: key, reason: 'DANGLING_REFERENCE', detail: `coupon ${r.coupon_id} was not loaded` }); continue; }
    if (!customers.has(Number(r.customer_id))) { rejects.push({ sourceKey: key, reason: 'DANGLING_REFERENCE', detail: `customer ${r.customer_id} does not exist` }); continue; }
    out.push([entityUuid('salesrule_coupon', r.coupon_id), Number(r.customer_id), entityUuid('customer', r.customer_id), Number(r.times_used)]);
  }
  return { loadedRows: out.length, tables: { [c.coupon_usage.table]: { columns: c.coupon_usage.columns, rows: out } }, rejects };
}

export function mapRuleCustomers(rows: readonly SourceRuleCustomer[], rules: ReadonlySet<number>, customers: ReadonlySet<number>): Mapped {
  const out: unknown[][] = [];
  const rejects: Reject[] = [];
  const stats: Record<string, number> = {};
  for (const r of rows) {
    const key = `rule_id=${r.rule_id},customer_id=${r.customer_id}`;
    if (!rules.has(Number(r.rule_id))) { rejects.push({ sourceKey: key, reason: 'DANGLING_REFERENCE', detail: `rule ${r.rule_id} does not exist` }); continue; }
    if (!customers.has(Number(r.customer_id))) { rejects.push({ sourceKey: key, reason: 'DANGLING_REFERENCE', detail: `customer ${r.customer_id} does not exist` }); continue; }
    if (Number(r.source_rows) > 1) stats['usage.rule_customer_rows_merged'] = (stats['usage.rule_customer_rows_merged'] ?? 0) + Number(r.source_rows) - 1;
    out.push([entityUuid('sales_rule', r.rule_id), Number(r.customer_id), entityUuid('customer', r.customer_id), Number(r.times_used)]);
  }
  return { loadedRows: out.length, tables: { [c.rule_customer.table]: { columns: c.rule_customer.columns, rows: out } }, rejects, stats };
}

/** Which coupons load: the ids of those rejected (no code, a missing rule, a later duplicate code) decide usage rows too. */
export function couponVerdicts(rows: ReadonlyArray<{ coupon_id: number; rule_id: number; code: string | null }>, rules: ReadonlySet<number>): { loaded: Set<number>; duplicates: Set<number> } {
  const seen = new Set<string>();
  const loaded = new Set<number>();
  const duplicates = new Set<number>();
  for (const r of rows) {
    if (!r.code || r.code.trim() === '' || !rules.has(Number(r.rule_id))) continue;
    const k = couponKey(r.code);
    if (seen.has(k)) { duplicates.add(Number(r.coupon_id)); continue; }
    seen.add(k);
    loaded.add(Number(r.coupon_id));
  }
  return { loaded, duplicates };
}
