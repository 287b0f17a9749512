/** The loyalty service's reads: a customer's points and store credit with history, a gift card by code, the totals. */
import type { Queryable } from '../kit/index.ts';

const ts = (v: unknown): string | null => (v === null || v === undefined ? null : new Date(v as string).toISOString());

export async function customerLoyalty(db: Queryable, customerId: string): Promise<{ rewards: unknown[]; store_credit: unknown[] }> {
  const { rows: rewards } = await db.query('SELECT id, magento_id, website_magento_id, points_balance, currency FROM reward WHERE customer_id = $1 ORDER BY website_magento_id, magento_id', [customerId]);
  const { rows: rh } = await db.query(
    `SELECT reward_id, magento_id, action, points_balance, points_delta, points_used, points_voided, currency_amount::text, currency_delta::text, comment, created_at, expires_at, is_expired
       FROM reward_history WHERE reward_id = ANY($1::uuid[]) ORDER BY magento_id`, [rewards.map((r) => r.id)]);
  const { rows: credits } = await db.query('SELECT id, magento_id, website_magento_id, amount::text, currency FROM store_credit WHERE customer_id = $1 ORDER BY website_magento_id, magento_id', [customerId]);
  const { rows: ch } = await db.query(
    `SELECT store_credit_id, magento_id, action, balance_amount::text, balance_delta::text, additional_info, frontend_comment, updated_at
       FROM store_credit_history WHERE store_credit_id = ANY($1::uuid[]) ORDER BY magento_id`, [credits.map((r) => r.id)]);
  return {
    rewards: rewards.map((r) => ({
      ...r,
      history: rh.filter((h) => h.reward_id === r.id).map(({ reward_id: _, ...h }) => ({ ...h, created_at: ts(h.created_at), expires_at: ts(h.expires_at) })),
    })),
    store_credit: credits.map((c) => ({ ...c, history: ch.filter((h) => h.store_credit_id === c.id).map(({ store_credit_id: _, ...h }) => ({ ...h, updated_at: ts(h.updated_at) })) })),
  };
}

export async function giftCardsByCode(db: Queryable, code: string): Promise<unknown[]> {
  const { rows } = await db.query(
    `SELECT id, magento_id, code, status, state, website_magento_id, balance::text, currency, to_char(date_created, 'YYYY-MM-DD') AS date_created,
            to_char(date_expires, 'YYYY-MM-DD') AS date_expires, is_redeemable FROM gift_card WHERE code = $1 ORDER BY magento_id`, [code]);
  return rows;
}

/** Per doc and currency: how many and the sum (the reconciliation's target side). */
export async function loyaltyTotals(db: Queryable): Promise<Array<{ doc: string; currency: string; n: number; total: string }>> {
  const { rows } = await db.query(`
    SELECT 'reward points' AS doc, coalesce(currency, '-') AS currency, count(*)::int AS n, coalesce(sum(points_balance), 0)::text AS total FROM reward GROUP BY 2
    UNION ALL SELECT 'store credit', currency, count(*)::int, coalesce(sum(amount), 0)::text FROM store_credit GROUP BY 2
    UNION ALL SELECT 'gift cards', currency, count(*)::int, coalesce(sum(balance), 0)::text FROM gift_card GROUP BY 2`);
  return rows;
}
