/**
 * Payment transactions and purchased downloadable links (pure): rows of an order, rejected with it
 * (ORDER_REJECTED) or when the order they name does not exist (DANGLING_ORDER, verdicts.ts).
 */
import type { Mapped } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { orderContract as c } from '../../services/order/index.ts';
import type { PurchasedItemRow, PurchasedRow, TransactionRow } from '../../sql/source/order/index.ts';
import { decodeSerialized } from './payload.ts';
import { parentVerdict, type Duplicates } from './verdicts.ts';
import { childrenOf, groupBy, int, ValueIssues } from './values.ts';

export function mapTransactions(rows: readonly TransactionRow[], orderDupes: Duplicates): Mapped {
  const issues = new ValueIssues();
  const rejects: Mapped['rejects'] = [];
  const out: unknown[][] = [];
  const stats: Record<string, number> = {};
  for (const t of rows) {
    const verdict = parentVerdict(t, orderDupes);
    if (verdict) {
      rejects.push({ sourceKey: `transaction_id=${t.transaction_id}`, reason: verdict.reason, detail: verdict.detail });
      continue;
    }
    const info = decodeSerialized(t.additional_information);
    if (info.format === 'php') stats['transactions.additional_information_php_serialized'] = (stats['transactions.additional_information_php_serialized'] ?? 0) + 1;
    if (info.error) issues.rejects.push({ sourceKey: `sales_payment_transaction.transaction_id=${t.transaction_id},field=additional_information`, reason: 'BAD_SERIALIZED', detail: info.error });
    out.push([
      entityUuid('order', Number(t.order_id)), t.transaction_id, int(t.payment_id), int(t.parent_id), t.txn_id, t.parent_txn_id, t.txn_type, t.is_closed,
      info.value, issues.date(t.created_at, 'sales_payment_transaction.transaction_id', t.transaction_id, 'created_at'),
    ]);
  }
  return { loadedRows: out.length, tables: { payment_transaction: { columns: c.payment_transaction.columns, rows: out } }, rejects: [...rejects, ...issues.rejects], stats };
}

export function mapPurchasedLinks(rows: readonly PurchasedRow[], items: readonly PurchasedItemRow[], orderDupes: Duplicates): Mapped {
  const issues = new ValueIssues();
  const rejects: Mapped['rejects'] = [];
  const heads: unknown[][] = [];
  const lines: unknown[][] = [];
  const byParent = groupBy(items, (r) => r.purchased_id);
  for (const d of rows) {
    const verdict = parentVerdict(d, orderDupes);
    if (verdict) {
      rejects.push({ sourceKey: `purchased_id=${d.purchased_id}`, reason: verdict.reason, detail: verdict.detail });
      continue;
    }
    const orderId = entityUuid('order', Number(d.order_id));
    const key = d.purchased_id;
    const customer = d.customer_id === null || Number(d.customer_id) === 0 ? null : Number(d.customer_id);
    heads.push([
      orderId, d.purchased_id, int(d.order_item_id), customer === null ? null : entityUuid('customer', customer), customer,
      issues.text(d.product_name, 'downloadable_link_purchased.purchased_id', key, 'product_name'), d.product_sku,
      issues.text(d.link_section_title, 'downloadable_link_purchased.purchased_id', key, 'link_section_title'),
      issues.date(d.created_at, 'downloadable_link_purchased.purchased_id', key, 'created_at'), issues.date(d.updated_at, 'downloadable_link_purchased.purchased_id', key, 'updated_at'),
    ]);
    for (const it of childrenOf(byParent, Number(d.purchased_id))) {
      const k = it.item_id;
      const product = it.product_id === null || Number(it.product_id) === 0 ? null : Number(it.product_id);
      lines.push([
        orderId, it.item_id, it.purchased_id, int(it.order_item_id), product === null ? null : entityUuid('product', product), product, int(it.link_id),
        issues.text(it.link_title, 'downloadable_link_purchased_item.item_id', k, 'link_title'), it.link_type, it.link_url, it.link_file, it.is_shareable,
        it.number_of_downloads_bought, it.number_of_downloads_used, it.status,
        issues.date(it.created_at, 'downloadable_link_purchased_item.item_id', k, 'created_at'), issues.date(it.updated_at, 'downloadable_link_purchased_item.item_id', k, 'updated_at'),
      ]);
    }
  }
  return {
    loadedRows: heads.length,
    tables: {
      downloadable_link_purchased: { columns: c.downloadable_link_purchased.columns, rows: heads },
      downloadable_link_purchased_item: { columns: c.downloadable_link_purchased_item.columns, rows: lines },
    },
    rejects: [...rejects, ...issues.rejects],
  };
}
