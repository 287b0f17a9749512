/** The payment service's reads: an order's payments with their transaction trees, a customer's saved methods, totals. */
import type { Queryable } from '../kit/index.ts';
import { MONEY } from './contract.ts';

const ts = (v: unknown): string | null => (v === null || v === undefined ? null : new Date(v as string).toISOString());

interface TxnNode { id: string; magento_id: number; txn_id: string | null; parent_txn_id: string | null; type: string | null; is_closed: boolean; created_at: string | null; additional_information: unknown; children: TxnNode[] }

export async function orderPayments(db: Queryable, orderId: string): Promise<unknown[]> {
  const { rows } = await db.query(`SELECT p.*, ${MONEY.map((m) => `p.${m}::text AS ${m}`).join(', ')} FROM payment p WHERE p.order_id = $1 ORDER BY p.magento_id`, [orderId]);
  if (!rows.length) return [];
  const { rows: txns } = await db.query('SELECT * FROM payment_transaction WHERE payment_id = ANY($1::uuid[]) ORDER BY magento_id', [rows.map((r) => r.id)]);
  const nodes = new Map<string, TxnNode & { parent: string | null; payment: string }>();
  for (const t of txns) {
    nodes.set(t.id, {
      id: t.id, magento_id: t.magento_id, txn_id: t.txn_id, parent_txn_id: t.parent_txn_id, type: t.txn_type, is_closed: t.is_closed,
      created_at: ts(t.created_at), additional_information: t.additional_information, children: [], parent: t.parent_id, payment: t.payment_id,
    });
  }
  const roots = new Map<string, TxnNode[]>();
  for (const n of nodes.values()) {
    const parent = n.parent ? nodes.get(n.parent) : undefined;
    if (parent) parent.children.push(n);
    else roots.set(n.payment, [...(roots.get(n.payment) ?? []), n]);
  }
  const strip = (n: TxnNode & { parent?: string | null; payment?: string }): TxnNode => {
    const { parent: _p, payment: _q, ...rest } = n;
    return { ...rest, children: n.children.map(strip) };
  };
  return rows.map((p) => ({
    id: p.id, magento_id: p.magento_id, order: { id: p.order_id, magento_id: p.order_magento_id, increment_id: p.order_increment_id }, customer_id: p.customer_id,
    method: p.method, currency: { order: p.currency, base: p.base_currency },
    amounts: Object.fromEntries(MONEY.map((m) => [m, p[m]])),
    card: p.cc_type || p.cc_last_4 ? { type: p.cc_type, last_4: p.cc_last_4 } : null,
    last_trans_id: p.last_trans_id, po_number: p.po_number, additional_information: p.additional_information,
    transactions: (roots.get(p.id) ?? []).map(strip),
  }));
}

/**
 * A customer's saved payment methods, never with the token. A customer sees what Magento's storefront lists
 * (Magento\Vault\Model\PaymentTokenManagement::getVisibleAvailableTokens: active, visible, not expired); staff all.
 */
export async function customerVault(db: Queryable, customerId: string, everything: boolean): Promise<unknown[]> {
  const { rows } = await db.query(
    `SELECT id, magento_id, public_hash, payment_method_code, type, created_at, expires_at, details, is_active, is_visible FROM vault_token
      WHERE customer_id = $1 ${everything ? '' : 'AND is_active AND is_visible AND (expires_at IS NULL OR expires_at > now())'} ORDER BY magento_id`,
    [customerId],
  );
  return rows.map((r) => ({ ...r, created_at: ts(r.created_at), expires_at: ts(r.expires_at) }));
}

/** Per order currency: payments and their amounts summed (the reconciliation's target side). */
export async function paymentTotals(db: Queryable): Promise<{ payments: Array<Record<string, string | number | null>>; transactions: number; tokens: number }> {
  const { rows } = await db.query(`SELECT currency, count(*)::int AS n, coalesce(sum(amount_ordered), 0)::text AS total, coalesce(sum(amount_paid), 0)::text AS paid,
      coalesce(sum(amount_refunded), 0)::text AS refunded, coalesce(sum(amount_authorized), 0)::text AS authorized FROM payment GROUP BY currency ORDER BY currency`);
  const { rows: t } = await db.query('SELECT (SELECT count(*)::int FROM payment_transaction) AS t, (SELECT count(*)::int FROM vault_token) AS v');
  return { payments: rows, transactions: t[0].t, tokens: t[0].v };
}
