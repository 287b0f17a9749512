/**
 * The payment context's verification: payments (how many per order currency with their amounts ordered,
 * authorized, paid, refunded and canceled summed; every payment id; on a sample its fields), transactions
 * (every gateway txn_id; on a sample their type and state) and saved payment methods (how many per method, on a
 * sample the method, type and flags: a gateway token, sealed in the target, is never compared, nor read from the
 * source).
 */
import * as q from '../../sql/verify/payment/index.ts';
import { tableVerifier } from '../table.ts';
import type { ContextVerify } from '../types.ts';

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

const payments = tableVerifier({
  entity: 'payments',
  sourceKeys: q.paymentsKeys,
  targetKeys: q.targetPaymentsKeys,
  keySets: [{ name: 'payment id', key: (r) => str(r.id) }],
  label: (r) => `payment_id=${str(r.id)},order_id=${str(r.order_id)}`,
  measures: [{ source: q.paymentsPerCurrency, target: q.targetPaymentsPerCurrency }],
  fields: [{ source: q.paymentFields, target: q.targetPaymentFields }],
  sampleFrom: 'payment',
});

const transactions = tableVerifier({
  entity: 'transactions',
  sourceKeys: q.transactionsKeys,
  targetKeys: q.targetTransactionsKeys,
  keySets: [{ name: 'txn_id', key: (r) => (r.txn_id === null || r.txn_id === undefined ? null : str(r.txn_id)) }],
  label: (r) => `transaction_id=${str(r.id)},txn_id=${str(r.txn_id)}`,
  fields: [{ source: q.transactionFields, target: q.targetTransactionFields }],
  sampleFrom: 'payment_transaction',
});

const vaultTokens = tableVerifier({
  entity: 'vault_tokens',
  sourceKeys: q.vaultTokensKeys,
  targetKeys: q.targetVaultTokensKeys,
  label: (r) => `vault_token_id=${str(r.id)}`,
  measures: [{ source: q.vaultTokensPerMethod, target: q.targetVaultTokensPerMethod }],
  // The method, type and flags: neither the sealed gateway token nor its details.
  fields: [{ source: q.vaultTokenFields, target: q.targetVaultTokenFields }],
  sampleFrom: 'vault_token',
});

export const paymentVerify: ContextVerify = { entities: [payments, transactions, vaultTokens] };
