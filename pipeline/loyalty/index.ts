/**
 * The loyalty context's migration (Adobe Commerce): reward points and their history, store credit and its
 * history, gift card accounts and their history, into the loyalty service (services/loyalty). Where the
 * tables are absent (Open Source) each entity reads nothing, and the reconciliation says so.
 */
import { Decimal } from 'decimal.js';
import { readRows } from '../../extractors/query.ts';
import type { Mapped } from '../../core/batch.ts';
import type { SourceContext } from '../../extractors/source.ts';
import type { TableContract } from '../../services/kit/index.ts';
import type { SqlQuery } from '../../sql/query.ts';
import { loyaltyContract as c, loyaltyService, loyaltyTotals } from '../../services/loyalty/index.ts';
import * as q from '../../sql/source/loyalty/index.ts';
import { loyaltyBalanceSums, loyaltyGiftcardSums, loyaltyRewardSums } from '../../sql/source/reconcile/index.ts';
import * as t from '../../transforms/loyalty/loyalty.ts';
import { declaredEntity } from '../declared-entity.ts';
import { check, reconciliationOf } from '../reconcile-support.ts';
import type { ReconciliationRow } from '../report.ts';
import type { ContextMigration, EntityMigration } from '../types.ts';
import { onlyWhen } from '../warehouse/optional.ts';
import { loyaltyVerify } from '../../verify/loyalty/index.ts';

/** The website's base currency (websites scope, else default, else Magento's USD). */
async function baseCurrencyOf(src: SourceContext): Promise<t.BaseCurrency> {
  const rows = await readRows(src.conn, q.baseCurrencies);
  const def = rows.find((r) => r.scope === 'default')?.value ?? 'USD';
  return (w) => rows.find((r) => r.scope === 'websites' && Number(r.scope_id) === w)?.value ?? def;
}

const when = (table: string, e: EntityMigration): EntityMigration => onlyWhen((s) => s.hasTable(table), e);

/** One flat table read in keyset pages of its id (the six share everything but the table and the mapping). */
const entity = <Row, Ctx>(name: string, d: { page: SqlQuery<Row>; count: SqlQuery<{ n: number }>; key: string; of: (r: Row) => number; map: (rows: Row[], ctx: Ctx) => Mapped; writes: TableContract; currency?: boolean }) =>
  declaredEntity<Row, Ctx, object>('loyalty', {
    entity: name,
    page: d.page,
    count: d.count,
    key: { columns: [d.key], of: d.of },
    ...(d.currency ? { lookups: [q.baseCurrencies], prepare: (src: SourceContext) => baseCurrencyOf(src) as Promise<Ctx> } : {}),
    map: (p, ctx) => d.map(p.rows as Row[], ctx),
    writes: [d.writes],
    primaryTable: d.writes.table,
  });

const rewards = entity<q.SourceReward, undefined>('rewards', { page: q.rewards, count: q.rewardCount, key: 'r.reward_id', of: (r) => Number(r.reward_id), map: (rows) => t.mapRewards(rows), writes: c.reward });
const rewardHistory = entity<q.SourceRewardHistory, undefined>('reward_history', { page: q.rewardHistory, count: q.rewardHistoryCount, key: 'h.history_id', of: (r) => Number(r.history_id), map: (rows) => t.mapRewardHistory(rows), writes: c.reward_history });
const balances = entity<q.SourceBalance, t.BaseCurrency>('store_credit', { page: q.balances, count: q.balanceCount, key: 'b.balance_id', of: (r) => Number(r.balance_id), map: (rows, base) => t.mapBalances(rows, base), writes: c.store_credit, currency: true });
const balanceHistory = entity<q.SourceBalanceHistory, undefined>('store_credit_history', { page: q.balanceHistory, count: q.balanceHistoryCount, key: 'h.history_id', of: (r) => Number(r.history_id), map: (rows) => t.mapBalanceHistory(rows), writes: c.store_credit_history });
const giftcards = entity<q.SourceGiftcard, t.BaseCurrency>('gift_cards', { page: q.giftcards, count: q.giftcardCount, key: 'g.giftcardaccount_id', of: (r) => Number(r.giftcardaccount_id), map: (rows, base) => t.mapGiftcards(rows, base), writes: c.gift_card, currency: true });
const giftcardHistory = entity<q.SourceGiftcardHistory, undefined>('gift_card_history', { page: q.giftcardHistory, count: q.giftcardHistoryCount, key: 'h.history_id', of: (r) => Number(r.history_id), map: (rows) => t.mapGiftcardHistory(rows), writes: c.gift_card_history });

const SUMS = [['reward points', 'magento_reward', loyaltyRewardSums], ['store credit', 'magento_customerbalance', loyaltyBalanceSums], ['gift cards', 'magento_giftcardaccount', loyaltyGiftcardSums]] as const;

export const loyaltyMigration: ContextMigration = {
  name: 'loyalty',
  service: loyaltyService,
  entities: [
    when('magento_reward', rewards), when('magento_reward_history', rewardHistory), when('magento_customerbalance', balances),
    when('magento_customerbalance_history', balanceHistory), when('magento_giftcardaccount', giftcards), when('magento_giftcardaccount_history', giftcardHistory),
  ],
  verify: loyaltyVerify,
  async reconcile({ target, src }) {
    if (!target) return undefined;
    const totals = await loyaltyTotals(target);
    const base = await baseCurrencyOf(src);
    const rows: ReconciliationRow[] = [];
    const notes: string[] = [];
    for (const [doc, table, query] of SUMS) {
      if (!src.schema.hasTable(table)) {
        notes.push(`${table} is absent (Adobe Commerce only): no ${doc} read.`);
        continue;
      }
      // Source side per currency: the row's own, else the website's base currency (as the transform resolves it).
      const by = new Map<string, { n: Decimal; total: Decimal; bad_n: Decimal; bad_total: Decimal }>();
      for (const s of await readRows(src.conn, query)) {
        const cur = doc === 'reward points' ? (s.currency ?? '-') : (s.currency || base(s.website_id === null ? null : Number(s.website_id)));
        const a = by.get(cur) ?? { n: new Decimal(0), total: new Decimal(0), bad_n: new Decimal(0), bad_total: new Decimal(0) };
        by.set(cur, { n: a.n.plus(s.n), total: a.total.plus(s.total ?? 0), bad_n: a.bad_n.plus(s.bad_n ?? 0), bad_total: a.bad_total.plus(s.bad_total ?? 0) });
      }
      for (const [currency, s] of [...by].sort()) {
        const tt = totals.find((x) => x.doc === doc && x.currency === currency);
        rows.push({ ...check(doc, 'count', '-', s.n, tt?.n ?? 0, s.bad_n), currency });
        rows.push({ ...check(doc, doc === 'reward points' ? 'points_balance' : doc === 'gift cards' ? 'balance' : 'amount', '-', s.total, tt?.total ?? 0, s.bad_total), currency: doc === 'reward points' ? 'points' : currency });
      }
    }
    return reconciliationOf(rows, notes);
  },
};
