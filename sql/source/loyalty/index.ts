/** Typed names of the loyalty context's source queries (sql/source/loyalty/*.sql) and their rows (Adobe Commerce tables). */
import { defineQuery } from '../../query.ts';

export type CountRow = { n: number };
type Money = string;

export interface SourceReward { reward_id: number; customer_id: number; website_id: number | null; points_balance: number; website_currency_code: string | null; customer_entity_id: number | null }
export interface SourceRewardHistory {
  history_id: number; reward_id: number; website_id: number | null; store_id: number | null; action: number; entity: number | null;
  points_balance: number; points_delta: number; points_used: number; points_voided: number; currency_amount: Money; currency_delta: Money;
  base_currency_code: string; comment: string | null; created_at: string | null; expired_at_dynamic: string | null; is_expired: number;
  reward_exists: number | null; customer_entity_id: number | null;
}
export interface SourceBalance { balance_id: number; customer_id: number; website_id: number | null; amount: Money; base_currency_code: string | null; customer_entity_id: number | null }
export interface SourceBalanceHistory {
  history_id: number; balance_id: number; updated_at: string | null; action: number; balance_amount: Money; balance_delta: Money;
  additional_info: string | null; frontend_comment: string | null; is_customer_notified: number; balance_exists: number | null; customer_entity_id: number | null;
}
export interface SourceGiftcard { giftcardaccount_id: number; code: string; status: number; date_created: string | null; date_expires: string | null; website_id: number; balance: Money; state: number; is_redeemable: number }
export interface SourceGiftcardHistory { history_id: number; giftcardaccount_id: number; updated_at: string | null; action: number; balance_amount: Money; balance_delta: Money; additional_info: string | null; account_exists: number | null }

export const rewards = defineQuery<SourceReward>('source/loyalty/rewards');
export const rewardCount = defineQuery<CountRow>('source/loyalty/reward-count');
export const rewardHistory = defineQuery<SourceRewardHistory>('source/loyalty/reward-history');
export const rewardHistoryCount = defineQuery<CountRow>('source/loyalty/reward-history-count');
export const balances = defineQuery<SourceBalance>('source/loyalty/balances');
export const balanceCount = defineQuery<CountRow>('source/loyalty/balance-count');
export const balanceHistory = defineQuery<SourceBalanceHistory>('source/loyalty/balance-history');
export const balanceHistoryCount = defineQuery<CountRow>('source/loyalty/balance-history-count');
export const giftcards = defineQuery<SourceGiftcard>('source/loyalty/giftcards');
export const giftcardCount = defineQuery<CountRow>('source/loyalty/giftcard-count');
export const giftcardHistory = defineQuery<SourceGiftcardHistory>('source/loyalty/giftcard-history');
export const giftcardHistoryCount = defineQuery<CountRow>('source/loyalty/giftcard-history-count');
export const baseCurrencies = defineQuery<{ scope: string; scope_id: number; value: string | null }>('source/loyalty/base-currencies');
