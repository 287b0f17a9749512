/**
 * Pricing's reconciliation: per website, the products assigned and the sum of their prices; per tier price
 * website, the rows and the sum of their values; each source = target + rejected.
 */
import { Decimal } from 'decimal.js';
import { readRows } from '../../extractors/query.ts';
import type { SourceContext } from '../../extractors/source.ts';
import type { Queryable } from '../../services/kit/index.ts';
import { pricingPriceSums, pricingTierSums, pricingTierValues } from '../../sql/source/reconcile/index.ts';
import { check, reconciliationOf, rejectedIds } from '../reconcile-support.ts';
import type { Reconciliation, ReconciliationRow } from '../report.ts';
import { pricingParams, pricingVars } from './lookups.ts';

export async function reconcilePricing({ src, target }: { src: SourceContext; target: Queryable | null }): Promise<Reconciliation | undefined> {
  if (!target) return undefined;
  const vars = pricingVars(src);
  const params = pricingParams(src);
  const vq = { ...vars, raw: { ...vars.raw, current_q: src.edition === 'commerce' ? 'AND q.created_in <= :version AND q.updated_in > :version' : '' } };
  const out: ReconciliationRow[] = [];
  const prices = await target.query('SELECT website_id, count(*)::int AS n, coalesce(sum(price), 0)::text AS total FROM product_price GROUP BY website_id');
  const byWebsite = new Map(prices.rows.map((r) => [Number(r.website_id), r]));
  for (const s of await readRows(src.conn, pricingPriceSums, params, vq)) {
    const t = byWebsite.get(Number(s.website_id));
    out.push(check('product prices', 'count', `website ${s.website_id}`, s.n, t?.n ?? 0, s.bad_n));
    out.push(check('product prices', 'price', `website ${s.website_id}`, s.total, t?.total ?? 0, s.bad_total));
  }
  const tiers = await target.query('SELECT website_id, count(*)::int AS n, coalesce(sum(value), 0)::text AS total FROM tier_price GROUP BY website_id');
  const tierBy = new Map(tiers.rows.map((r) => [Number(r.website_id), r]));
  const ids = await rejectedIds(target, 'pricing', 'tier_prices', 'value_id');
  const rejected = ids.length ? await readRows(src.conn, pricingTierValues, { ids }) : [];
  for (const s of await readRows(src.conn, pricingTierSums, params, vars)) {
    const w = Number(s.website_id);
    const mine = rejected.filter((r) => Number(r.website_id) === w);
    const t = tierBy.get(w);
    out.push(check('tier prices', 'count', `website ${w}`, s.n, t?.n ?? 0, mine.length));
    out.push(check('tier prices', 'value', `website ${w}`, s.total, t?.total ?? 0, mine.reduce((a, r) => a.plus(r.value), new Decimal(0))));
  }
  return reconciliationOf(out);
}
