/** What an import writes into the payment service. Checked against migrations/ by test/architecture/contracts.test.ts. */
import { contractOf, table } from '../kit/index.ts';

export const MONEY = [
  'amount_ordered', 'base_amount_ordered', 'amount_authorized', 'base_amount_authorized', 'amount_paid', 'base_amount_paid',
  'amount_refunded', 'base_amount_refunded', 'amount_canceled', 'base_amount_canceled', 'shipping_amount', 'base_shipping_amount',
  'shipping_captured', 'base_shipping_captured', 'shipping_refunded', 'base_shipping_refunded',
] as const;

export const payment = table('payment', [
  'id', 'magento_id', 'order_id', 'order_magento_id', 'order_increment_id', 'customer_id', 'method', 'currency', 'base_currency', ...MONEY,
  'cc_type', 'cc_last_4', 'last_trans_id', 'po_number', 'additional_information',
], ['id']);
export const paymentTransaction = table('payment_transaction', [
  'id', 'magento_id', 'payment_id', 'order_id', 'parent_id', 'parent_magento_id', 'txn_id', 'parent_txn_id', 'txn_type', 'is_closed', 'additional_information', 'created_at',
], ['id']);
export const vaultToken = table('vault_token', [
  'id', 'magento_id', 'customer_id', 'customer_magento_id', 'public_hash', 'payment_method_code', 'type', 'created_at', 'expires_at',
  'token_ciphertext', 'token_iv', 'token_tag', 'details', 'is_active', 'is_visible',
], ['id']);

export const paymentContract = contractOf(payment, paymentTransaction, vaultToken);
