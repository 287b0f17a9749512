/**
 * Payments, their transactions and saved payment methods onto the payment service (pure but for the vault
 * key it is given). Rows of an order that is missing or that the order context rejects (transforms/order/
 * verdicts.ts) are rejected with it, so every payment names an order the order service holds.
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { paymentContract as c, PAYMENT_MONEY, sealToken, type VaultKey } from '../../services/payment/index.ts';
import type { SourcePayment, SourceTransaction, SourceVaultToken } from '../../sql/source/payment/index.ts';
import { parentVerdict, type Duplicates } from '../order/verdicts.ts';
import { ValueIssues } from '../order/values.ts';
import { cleanInformation } from './secrets.ts';

const bump = (stats: Record<string, number>, k: string, n = 1) => (stats[k] = (stats[k] ?? 0) + n);

export function mapPayments(rows: readonly SourcePayment[], dupes: Duplicates): Mapped {
  const out: unknown[][] = [];
  const rejects: Reject[] = [];
  const stats: Record<string, number> = {};
  for (const p of rows) {
    const id = Number(p.entity_id);
    // Counted whatever becomes of the row: the values stay in Magento either way.
    for (const [k, v] of Object.entries(p)) if (k.startsWith('card_') && Number(v) === 1) bump(stats, `card_data_not_copied.${k.slice(5)}`);
    const verdict = parentVerdict(p, dupes);
    if (verdict) {
      rejects.push({ sourceKey: `entity_id=${id}`, reason: verdict.reason, detail: verdict.detail });
      continue;
    }
    const info = cleanInformation(p.additional_information);
    for (const k of info.dropped) bump(stats, `information_not_copied.${k}`);
    if (info.error) rejects.push({ sourceKey: `entity_id=${id},field=additional_information`, reason: 'BAD_SERIALIZED', detail: info.error });
    const customer = p.order_customer_id === null || Number(p.order_customer_id) === 0 ? null : entityUuid('customer', Number(p.order_customer_id));
    out.push([
      entityUuid('order_payment', id), id, entityUuid('order', Number(p.order_id)), Number(p.order_id), p.order_increment_id, customer, p.method,
      p.order_order_currency, p.order_base_currency, ...PAYMENT_MONEY.map((m) => p[m]), p.cc_type, p.cc_last_4, p.last_trans_id, p.po_number, info.value,
    ]);
  }
  return { loadedRows: out.length, tables: { payment: { columns: c.payment.columns, rows: out } }, rejects, stats };
}

export function mapTransactions(rows: readonly SourceTransaction[], dupes: Duplicates): Mapped {
  const issues = new ValueIssues();
  const out: unknown[][] = [];
  const rejects: Reject[] = [];
  const stats: Record<string, number> = {};
  for (const t of rows) {
    const id = Number(t.transaction_id);
    const verdict = parentVerdict(t, dupes) ?? (t.payment_entity_id === null ? { reason: 'DANGLING_PAYMENT', detail: `payment entity_id=${t.payment_id} does not exist` } : null);
    if (verdict) {
      rejects.push({ sourceKey: `transaction_id=${id}`, reason: verdict.reason, detail: verdict.detail });
      continue;
    }
    const info = cleanInformation(t.additional_information);
    for (const k of info.dropped) bump(stats, `information_not_copied.${k}`);
    const parent = t.parent_id === null ? null : Number(t.parent_id);
    out.push([
      entityUuid('payment_transaction', id), id, entityUuid('order_payment', Number(t.payment_id)), entityUuid('order', Number(t.order_id)),
      parent === null ? null : entityUuid('payment_transaction', parent), parent, t.txn_id, t.parent_txn_id, t.txn_type, Number(t.is_closed) === 1, info.value,
      issues.date(t.created_at, 'sales_payment_transaction.transaction_id', id, 'created_at'),
    ]);
  }
  return { loadedRows: out.length, tables: { payment_transaction: { columns: c.payment_transaction.columns, rows: out } }, rejects: [...rejects, ...issues.rejects], stats };
}

/** Vault tokens, the gateway token sealed under the key (services/payment/vault-crypto.ts); a deleted customer's token is rejected. */
export function mapVaultTokens(rows: readonly SourceVaultToken[], key: VaultKey): Mapped {
  const issues = new ValueIssues();
  const out: unknown[][] = [];
  const rejects: Reject[] = [];
  for (const v of rows) {
    const id = Number(v.entity_id);
    if (v.customer_id !== null && v.customer_entity_id === null) {
      rejects.push({ sourceKey: `entity_id=${id}`, reason: 'CUSTOMER_DELETED', detail: `customer entity_id=${v.customer_id} does not exist (the token is not copied)` });
      continue;
    }
    let details: unknown = null;
    if (v.details) {
      try {
        details = JSON.parse(v.details);
      } catch {
        issues.rejects.push({ sourceKey: `vault_payment_token.entity_id=${id},field=details`, reason: 'BAD_JSON', detail: 'details are not JSON' });
      }
    }
    const rowId = entityUuid('vault_payment_token', id);
    const sealed = sealToken(key, rowId, v.gateway_token);
    const customer = v.customer_id === null ? null : Number(v.customer_id);
    out.push([
      rowId, id, customer === null ? null : entityUuid('customer', customer), customer, v.public_hash, v.payment_method_code, v.type,
      issues.date(v.created_at, 'vault_payment_token.entity_id', id, 'created_at'), issues.date(v.expires_at, 'vault_payment_token.entity_id', id, 'expires_at'),
      sealed.ciphertext, sealed.iv, sealed.tag, details, Number(v.is_active) === 1, Number(v.is_visible) === 1,
    ]);
  }
  return { loadedRows: out.length, tables: { vault_token: { columns: c.vault_token.columns, rows: out } }, rejects: [...rejects, ...issues.rejects] };
}
