/** What an import writes into the loyalty service. Checked against migrations/ by test/architecture/contracts.test.ts. */
import { contractOf, table } from '../kit/index.ts';

export const reward = table('reward', ['id', 'magento_id', 'customer_id', 'customer_magento_id', 'website_magento_id', 'points_balance', 'currency'], ['id']);
export const rewardHistory = table('reward_history', [
  'id', 'magento_id', 'reward_id', 'website_magento_id', 'store_magento_id', 'action', 'entity', 'points_balance', 'points_delta', 'points_used', 'points_voided',
  'currency_amount', 'currency_delta', 'currency', 'comment', 'created_at', 'expires_at', 'is_expired',
], ['id']);
export const storeCredit = table('store_credit', ['id', 'magento_id', 'customer_id', 'customer_magento_id', 'website_magento_id', 'amount', 'currency'], ['id']);
export const storeCreditHistory = table('store_credit_history', [
  'id', 'magento_id', 'store_credit_id', 'updated_at', 'action', 'balance_amount', 'balance_delta', 'additional_info', 'frontend_comment', 'is_customer_notified',
], ['id']);
export const giftCard = table('gift_card', ['id', 'magento_id', 'code', 'status', 'state', 'website_magento_id', 'balance', 'currency', 'date_created', 'date_expires', 'is_redeemable'], ['id']);
export const giftCardHistory = table('gift_card_history', ['id', 'magento_id', 'gift_card_id', 'updated_at', 'action', 'balance_amount', 'balance_delta', 'additional_info'], ['id']);

export const loyaltyContract = contractOf(reward, rewardHistory, storeCredit, storeCreditHistory, giftCard, giftCardHistory);
