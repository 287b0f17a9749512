/**
 * Typed names of `verify`'s loyalty queries: its own reading of Adobe Commerce's reward points, store credit
 * and gift card tables (MySQL) and of the loyalty service's database (target-*, Postgres). Nothing here is
 * shared with sql/source/loyalty.
 */
import { defineQuery } from '../../query.ts';

export const balanceHistoryKeys = defineQuery('verify/loyalty/balance-history-keys');
export const balanceHistorySums = defineQuery('verify/loyalty/balance-history-sums');
export const balancesKeys = defineQuery('verify/loyalty/balances-keys');
export const balancesPerWebsite = defineQuery('verify/loyalty/balances-per-website');
export const giftcardHistoryKeys = defineQuery('verify/loyalty/giftcard-history-keys');
export const giftcardHistorySums = defineQuery('verify/loyalty/giftcard-history-sums');
export const giftcardsKeys = defineQuery('verify/loyalty/giftcards-keys');
export const giftcardsPerWebsite = defineQuery('verify/loyalty/giftcards-per-website');
export const rewardHistoryKeys = defineQuery('verify/loyalty/reward-history-keys');
export const rewardHistorySums = defineQuery('verify/loyalty/reward-history-sums');
export const rewardsKeys = defineQuery('verify/loyalty/rewards-keys');
export const rewardsPerWebsite = defineQuery('verify/loyalty/rewards-per-website');
export const targetBalanceHistoryKeys = defineQuery('verify/loyalty/target-balance-history-keys');
export const targetBalanceHistorySums = defineQuery('verify/loyalty/target-balance-history-sums');
export const targetBalancesKeys = defineQuery('verify/loyalty/target-balances-keys');
export const targetBalancesPerWebsite = defineQuery('verify/loyalty/target-balances-per-website');
export const targetGiftcardHistoryKeys = defineQuery('verify/loyalty/target-giftcard-history-keys');
export const targetGiftcardHistorySums = defineQuery('verify/loyalty/target-giftcard-history-sums');
export const targetGiftcardsKeys = defineQuery('verify/loyalty/target-giftcards-keys');
export const targetGiftcardsPerWebsite = defineQuery('verify/loyalty/target-giftcards-per-website');
export const targetRewardHistoryKeys = defineQuery('verify/loyalty/target-reward-history-keys');
export const targetRewardHistorySums = defineQuery('verify/loyalty/target-reward-history-sums');
export const targetRewardsKeys = defineQuery('verify/loyalty/target-rewards-keys');
export const targetRewardsPerWebsite = defineQuery('verify/loyalty/target-rewards-per-website');
