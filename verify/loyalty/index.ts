/**
 * The loyalty context's verification (Adobe Commerce only: on Open Source each table is absent, the source
 * holds none of it and the target must hold none): reward points balances (every customer@website, points per
 * website), store credit (every customer@website, amounts per website), gift card accounts (every code,
 * balances per website), and each one's history (its deltas summed).
 */
import * as q from '../../sql/verify/loyalty/index.ts';
import { tableVerifier } from '../table.ts';
import type { ContextVerify } from '../types.ts';

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const perWebsite = { name: 'customer@website', key: (r: Record<string, unknown>) => `${str(r.customer)}@${str(r.website)}` };

const rewards = tableVerifier({
  entity: 'rewards',
  requires: ['magento_reward'],
  sourceKeys: q.rewardsKeys,
  targetKeys: q.targetRewardsKeys,
  keySets: [perWebsite],
  label: (r) => `reward_id=${str(r.id)}`,
  measures: [{ source: q.rewardsPerWebsite, target: q.targetRewardsPerWebsite }],
});

const rewardHistory = tableVerifier({
  entity: 'reward_history',
  requires: ['magento_reward_history'],
  sourceKeys: q.rewardHistoryKeys,
  targetKeys: q.targetRewardHistoryKeys,
  label: (r) => `history_id=${str(r.id)}`,
  measures: [{ source: q.rewardHistorySums, target: q.targetRewardHistorySums }],
});

const storeCredit = tableVerifier({
  entity: 'store_credit',
  requires: ['magento_customerbalance'],
  sourceKeys: q.balancesKeys,
  targetKeys: q.targetBalancesKeys,
  keySets: [perWebsite],
  label: (r) => `balance_id=${str(r.id)}`,
  measures: [{ source: q.balancesPerWebsite, target: q.targetBalancesPerWebsite }],
});

const storeCreditHistory = tableVerifier({
  entity: 'store_credit_history',
  requires: ['magento_customerbalance_history'],
  sourceKeys: q.balanceHistoryKeys,
  targetKeys: q.targetBalanceHistoryKeys,
  label: (r) => `history_id=${str(r.id)}`,
  measures: [{ source: q.balanceHistorySums, target: q.targetBalanceHistorySums }],
});

const giftCards = tableVerifier({
  entity: 'gift_cards',
  requires: ['magento_giftcardaccount'],
  sourceKeys: q.giftcardsKeys,
  targetKeys: q.targetGiftcardsKeys,
  keySets: [{ name: 'gift card code', key: (r) => str(r.code) }],
  label: (r) => `giftcardaccount_id=${str(r.id)}`,
  measures: [{ source: q.giftcardsPerWebsite, target: q.targetGiftcardsPerWebsite }],
});

const giftCardHistory = tableVerifier({
  entity: 'gift_card_history',
  requires: ['magento_giftcardaccount_history'],
  sourceKeys: q.giftcardHistoryKeys,
  targetKeys: q.targetGiftcardHistoryKeys,
  label: (r) => `history_id=${str(r.id)}`,
  measures: [{ source: q.giftcardHistorySums, target: q.targetGiftcardHistorySums }],
});

export const loyaltyVerify: ContextVerify = { entities: [rewards, rewardHistory, storeCredit, storeCreditHistory, giftCards, giftCardHistory] };
