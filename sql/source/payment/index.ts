/** Typed names of the payment context's source queries (sql/source/payment/*.sql) and their rows. */
import { defineQuery } from '../../query.ts';

export type CountRow = { n: number };

interface OrderRef {
  order_id: number;
  order_entity_id: number | null;
  order_increment_id: string | null;
  order_store_id: number | null;
  order_order_currency: string | null;
  order_base_currency: string | null;
}

type Money = string | null;
export interface SourcePayment extends OrderRef {
  entity_id: number;
  method: string | null;
  amount_ordered: Money; base_amount_ordered: Money; amount_authorized: Money; base_amount_authorized: Money;
  amount_paid: Money; base_amount_paid: Money; amount_refunded: Money; base_amount_refunded: Money;
  amount_canceled: Money; base_amount_canceled: Money; shipping_amount: Money; base_shipping_amount: Money;
  shipping_captured: Money; base_shipping_captured: Money; shipping_refunded: Money; base_shipping_refunded: Money;
  cc_type: string | null; cc_last_4: string | null; last_trans_id: string | null; po_number: string | null;
  additional_information: string | null;
  order_customer_id: number | null;
  /** card_<column>: 1 when the column holds a value (the value itself is never read). */
  [card: `card_${string}`]: number | string;
}
export const payments = defineQuery<SourcePayment>('source/payment/payments');
export const paymentCount = defineQuery<CountRow>('source/payment/payment-count');

export interface SourceTransaction extends OrderRef {
  transaction_id: number;
  payment_id: number;
  parent_id: number | null;
  txn_id: string | null;
  parent_txn_id: string | null;
  txn_type: string | null;
  is_closed: number;
  additional_information: Buffer | string | null;
  created_at: string | null;
  payment_entity_id: number | null;
}
export const transactions = defineQuery<SourceTransaction>('source/payment/transactions');
export const transactionCount = defineQuery<CountRow>('source/payment/transaction-count');

export interface SourceVaultToken {
  entity_id: number;
  customer_id: number | null;
  public_hash: string;
  payment_method_code: string;
  type: string;
  created_at: string | null;
  expires_at: string | null;
  gateway_token: string;
  details: string | null;
  is_active: number;
  is_visible: number;
  customer_entity_id: number | null;
}
export const vaultTokens = defineQuery<SourceVaultToken>('source/payment/vault-tokens');
export const vaultCount = defineQuery<CountRow>('source/payment/vault-count');
