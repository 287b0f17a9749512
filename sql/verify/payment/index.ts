/**
 * Typed names of `verify`'s payment queries: its own reading of Magento's payment, transaction and vault
 * tables (MySQL) and of the payment service's database (target-*, Postgres). Nothing here is shared with
 * sql/source/payment. No query reads card data or a gateway token.
 */
import { defineQuery } from '../../query.ts';

export const paymentFields = defineQuery('verify/payment/payment-fields');
export const paymentsKeys = defineQuery('verify/payment/payments-keys');
export const paymentsPerCurrency = defineQuery('verify/payment/payments-per-currency');
export const targetPaymentFields = defineQuery('verify/payment/target-payment-fields');
export const targetPaymentsKeys = defineQuery('verify/payment/target-payments-keys');
export const targetPaymentsPerCurrency = defineQuery('verify/payment/target-payments-per-currency');
export const targetTransactionFields = defineQuery('verify/payment/target-transaction-fields');
export const targetTransactionsKeys = defineQuery('verify/payment/target-transactions-keys');
export const targetVaultTokenFields = defineQuery('verify/payment/target-vault-token-fields');
export const targetVaultTokensKeys = defineQuery('verify/payment/target-vault-tokens-keys');
export const targetVaultTokensPerMethod = defineQuery('verify/payment/target-vault-tokens-per-method');
export const transactionFields = defineQuery('verify/payment/transaction-fields');
export const transactionsKeys = defineQuery('verify/payment/transactions-keys');
export const vaultTokenFields = defineQuery('verify/payment/vault-token-fields');
export const vaultTokensKeys = defineQuery('verify/payment/vault-tokens-keys');
export const vaultTokensPerMethod = defineQuery('verify/payment/vault-tokens-per-method');
