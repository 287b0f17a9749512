/**
 * Reward points, store credit and gift card accounts onto the loyalty service (pure). A balance of a deleted
 * customer is rejected (CUSTOMER_DELETED) with its history (PARENT_REJECTED); history of a missing balance or
 * account is DANGLING. Amounts stay the source's decimal text; currencies are the row's own or, where Magento
 * left it empty, the website's base currency (`baseOf`).
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { loyaltyContract as c } from '../../services/loyalty/index.ts';
import type { SourceBalance, SourceBalanceHistory, SourceGiftcard, SourceGiftcardHistory, SourceReward, SourceRewardHistory } from '../../sql/source/loyalty/index.ts';
import { ValueIssues } from '../order/values.ts';

export type BaseCurrency = (websiteId: number | null) => string;

const orphanOf = (parentExists: number | null, customer: number | null, parent: string): { reason: string; detail: string } | null =>
  parentExists === null ? { reason: 'DANGLING', detail: `${parent} does not exist` } : customer === null ? { reason: 'PARENT_REJECTED', detail: `${parent} belongs to a deleted customer` } : null;

export function mapRewards(rows: readonly SourceReward[]): Mapped {
  const out: unknown[][] = [];
  const rejects: Reject[] = [];
  for (const r of rows) {
    const id = Number(r.reward_id);
    if (r.customer_entity_id === null) {
      rejects.push({ sourceKey: `reward_id=${id}`, reason: 'CUSTOMER_DELETED', detail: `customer entity_id=${r.customer_id} does not exist` });
      continue;
    }
    out.push([entityUuid('reward', id), id, entityUuid('customer', Number(r.customer_id)), Number(r.customer_id), r.website_id, Number(r.points_balance), r.website_currency_code]);
  }
  return { loadedRows: out.length, tables: { reward: { columns: c.reward.columns, rows: out } }, rejects };
}

export function mapRewardHistory(rows: readonly SourceRewardHistory[]): Mapped {
  const issues = new ValueIssues();
  const out: unknown[][] = [];
  const rejects: Reject[] = [];
  for (const h of rows) {
    const id = Number(h.history_id);
    const orphan = orphanOf(h.reward_exists, h.customer_entity_id, `reward_id=${h.reward_id}`);
    if (orphan) {
      rejects.push({ sourceKey: `history_id=${id}`, ...orphan });
      continue;
    }
    const where = 'magento_reward_history.history_id';
    out.push([
      entityUuid('reward_history', id), id, entityUuid('reward', Number(h.reward_id)), h.website_id, h.store_id, Number(h.action), h.entity, Number(h.points_balance),
      Number(h.points_delta), Number(h.points_used), Number(h.points_voided), h.currency_amount, h.currency_delta, h.base_currency_code, h.comment,
      issues.date(h.created_at, where, id, 'created_at'), issues.date(h.expired_at_dynamic, where, id, 'expired_at_dynamic'), Number(h.is_expired) === 1,
    ]);
  }
  return { loadedRows: out.length, tables: { reward_history: { columns: c.reward_history.columns, rows: out } }, rejects: [...rejects, ...issues.rejects] };
}

export function mapBalances(rows: readonly SourceBalance[], baseOf: BaseCurrency): Mapped {
  const out: unknown[][] = [];
  const rejects: Reject[] = [];
  for (const b of rows) {
    const id = Number(b.balance_id);
    if (b.customer_entity_id === null) {
      rejects.push({ sourceKey: `balance_id=${id}`, reason: 'CUSTOMER_DELETED', detail: `customer entity_id=${b.customer_id} does not exist` });
      continue;
    }
    out.push([entityUuid('customer_balance', id), id, entityUuid('customer', Number(b.customer_id)), Number(b.customer_id), b.website_id, b.amount, b.base_currency_code || baseOf(b.website_id)]);
  }
  return { loadedRows: out.length, tables: { store_credit: { columns: c.store_credit.columns, rows: out } }, rejects };
}

export function mapBalanceHistory(rows: readonly SourceBalanceHistory[]): Mapped {
  const issues = new ValueIssues();
  const out: unknown[][] = [];
  const rejects: Reject[] = [];
  for (const h of rows) {
    const id = Number(h.history_id);
    const orphan = orphanOf(h.balance_exists, h.customer_entity_id, `balance_id=${h.balance_id}`);
    if (orphan) {
      rejects.push({ sourceKey: `history_id=${id}`, ...orphan });
      continue;
    }
    out.push([
      entityUuid('customer_balance_history', id), id, entityUuid('customer_balance', Number(h.balance_id)), issues.date(h.updated_at, 'magento_customerbalance_history.history_id', id, 'updated_at'),
      Number(h.action), h.balance_amount, h.balance_delta, h.additional_info, h.frontend_comment, Number(h.is_customer_notified) === 1,
    ]);
  }
  return { loadedRows: out.length, tables: { store_credit_history: { columns: c.store_credit_history.columns, rows: out } }, rejects: [...rejects, ...issues.rejects] };
}

export function mapGiftcards(rows: readonly SourceGiftcard[], baseOf: BaseCurrency): Mapped {
  const issues = new ValueIssues();
  const out = rows.map((g) => {
    const id = Number(g.giftcardaccount_id);
    const where = 'magento_giftcardaccount.giftcardaccount_id';
    return [
      entityUuid('giftcard_account', id), id, g.code, Number(g.status), Number(g.state), Number(g.website_id), g.balance, baseOf(Number(g.website_id)),
      issues.date(g.date_created, where, id, 'date_created'), issues.date(g.date_expires, where, id, 'date_expires'), Number(g.is_redeemable) === 1,
    ];
  });
  return { loadedRows: out.length, tables: { gift_card: { columns: c.gift_card.columns, rows: out } }, rejects: issues.rejects };
}

export function mapGiftcardHistory(rows: readonly SourceGiftcardHistory[]): Mapped {
  const issues = new ValueIssues();
  const out: unknown[][] = [];
  const rejects: Reject[] = [];
  for (const h of rows) {
    const id = Number(h.history_id);
    if (h.account_exists === null) {
      rejects.push({ sourceKey: `history_id=${id}`, reason: 'DANGLING', detail: `giftcardaccount_id=${h.giftcardaccount_id} does not exist` });
      continue;
    }
    out.push([
      entityUuid('giftcard_history', id), id, entityUuid('giftcard_account', Number(h.giftcardaccount_id)), issues.date(h.updated_at, 'magento_giftcardaccount_history.history_id', id, 'updated_at'),
      Number(h.action), h.balance_amount, h.balance_delta, h.additional_info,
    ]);
  }
  return { loadedRows: out.length, tables: { gift_card_history: { columns: c.gift_card_history.columns, rows: out } }, rejects: [...rejects, ...issues.rejects] };
}
