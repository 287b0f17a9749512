/**
 * The payment context's migration: payments of orders, their transactions, and saved payment methods with
 * the gateway token sealed under MAGEMIG_PAYMENT_KEY (services/payment/vault-crypto.ts), into the payment
 * service; its reconciliation per order currency, and the card data and secrets left behind, named and counted.
 */
import { Decimal } from 'decimal.js';
import { MagemigError } from '../../core/errors.ts';
import { readCount, readRows } from '../../extractors/query.ts';
import type { SourceContext } from '../../extractors/source.ts';
import { parseVaultKey, PAYMENT_KEY_ENV, paymentContract as c, paymentService, paymentTotals, type VaultKey } from '../../services/payment/index.ts';
import { orderDuplicates } from '../../sql/source/order/index.ts';
import {
  paymentCount, payments, transactionCount, transactions, vaultCount, vaultTokens, type SourcePayment, type SourceTransaction, type SourceVaultToken,
} from '../../sql/source/payment/index.ts';
import { paymentSums, paymentValues } from '../../sql/source/reconcile/index.ts';
import type { Duplicates } from '../../transforms/order/verdicts.ts';
import { mapPayments, mapTransactions, mapVaultTokens } from '../../transforms/payment/payments.ts';
import { declaredEntity } from '../declared-entity.ts';
import { orderDuplicatesOf } from '../order/lookups.ts';
import { check, reconciliationOf, rejectedIds } from '../reconcile-support.ts';
import type { EntityReport, ReconciliationRow } from '../report.ts';
import type { ContextMigration } from '../types.ts';
import { paymentVerify } from '../../verify/payment/index.ts';

const paymentEntity = declaredEntity<SourcePayment, Duplicates, object>('payment', {
  entity: 'payments',
  page: payments,
  count: paymentCount,
  key: { columns: ['p.entity_id'], of: (r) => Number(r.entity_id) },
  maxBatch: 5000,
  lookups: [orderDuplicates],
  prepare: orderDuplicatesOf,
  map: (p, dupes) => mapPayments(p.rows, dupes),
  writes: [c.payment],
  primaryTable: 'payment',
});

const transactionEntity = declaredEntity<SourceTransaction, Duplicates, object>('payment', {
  entity: 'transactions',
  page: transactions,
  count: transactionCount,
  key: { columns: ['t.transaction_id'], of: (r) => Number(r.transaction_id) },
  maxBatch: 5000,
  lookups: [orderDuplicates],
  prepare: orderDuplicatesOf,
  map: (p, dupes) => mapTransactions(p.rows, dupes),
  writes: [c.payment_transaction],
  primaryTable: 'payment_transaction',
});

/** The key, or a refusal when there are tokens to seal and no key: tokens are never written in clear. */
async function vaultKeyOf(src: SourceContext): Promise<VaultKey | null> {
  const key = parseVaultKey(process.env[PAYMENT_KEY_ENV]);
  if (key) return key;
  if ((await readCount(src.conn, vaultCount)) === 0) return null;
  throw new MagemigError('PAYMENT_KEY_MISSING', `vault_payment_token holds saved payment methods and ${PAYMENT_KEY_ENV} is not set: give the payment service's key (32 bytes, hex or base64) to seal their gateway tokens, or leave the payment context out (--only)`);
}

const vaultEntity = declaredEntity<SourceVaultToken, VaultKey | null, object>('payment', {
  entity: 'vault_tokens',
  page: vaultTokens,
  count: vaultCount,
  key: { columns: ['v.entity_id'], of: (r) => Number(r.entity_id) },
  prepare: vaultKeyOf,
  map: (p, key) => mapVaultTokens(p.rows, key!),
  writes: [c.vault_token],
  primaryTable: 'vault_token',
});

/** "a (2), b (1)" from the stats with that prefix summed over the entities. */
function named(entities: readonly EntityReport[], prefix: string): { list: string; total: number } {
  const by = new Map<string, number>();
  for (const e of entities) for (const [k, n] of Object.entries(e.stats)) if (k.startsWith(prefix)) by.set(k.slice(prefix.length), (by.get(k.slice(prefix.length)) ?? 0) + n);
  return { list: [...by].map(([k, n]) => `${k} (${n})`).join(', '), total: [...by.values()].reduce((a, b) => a + b, 0) };
}

export const paymentMigration: ContextMigration = {
  name: 'payment',
  service: paymentService,
  entities: [paymentEntity, transactionEntity, vaultEntity],
  verify: paymentVerify,
  async reconcile({ entities, target, src }) {
    if (!target) return undefined;
    const totals = await paymentTotals(target);
    const rows: ReconciliationRow[] = [];
    const ids = await rejectedIds(target, 'payment', 'payments', 'entity_id', ['DANGLING_ORDER', 'ORDER_REJECTED']);
    const rejected = ids.length ? await readRows(src.conn, paymentValues, { ids }) : [];
    const MEASURES = [['total', 'amount_ordered'], ['paid', 'amount_paid'], ['refunded', 'amount_refunded'], ['authorized', 'amount_authorized']] as const;
    for (const s of await readRows(src.conn, paymentSums)) {
      const cur = s.currency ?? null;
      const t = totals.payments.find((x) => (x.currency ?? null) === cur);
      const mine = rejected.filter((r) => (r.currency ?? null) === cur);
      const currency = cur ?? '(order deleted)';
      rows.push({ ...check('payments', 'count', '-', s.n, t?.n ?? 0, mine.length), currency });
      for (const [m, label] of MEASURES) {
        const out = mine.reduce((a, r) => a.plus(r[m] ?? 0), new Decimal(0));
        rows.push({ ...check('payments', label, '-', s[m], t?.[m] ?? 0, out), currency });
      }
    }
    const by = Object.fromEntries(entities.map((e) => [e.entity, e]));
    rows.push(check('payment transactions', 'count', '-', by.transactions?.sourceCount ?? 0, totals.transactions, by.transactions?.rejected ?? 0));
    rows.push(check('vault tokens', 'count', '-', by.vault_tokens?.sourceCount ?? 0, totals.tokens, by.vault_tokens?.rejected ?? 0));
    const card = named(entities, 'card_data_not_copied.');
    const info = named(entities, 'information_not_copied.');
    const notes = [
      card.total ? `Card data not copied (${card.total} values in sales_order_payment): ${card.list}.` : 'No card data in sales_order_payment.',
      info.total ? `Secret keys of additional_information not copied (${info.total}): ${info.list}.` : 'No secret keys in additional_information.',
      `Vault gateway tokens are stored encrypted (AES-256-GCM, key from ${PAYMENT_KEY_ENV}); card type and last four digits are kept as masked details.`,
    ];
    return reconciliationOf(rows, notes);
  },
};
