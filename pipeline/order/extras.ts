/**
 * Payment transactions and purchased downloadable links, each in keyset pages of its own table joined to
 * its order (a row of a missing or rejected order is a reject).
 */
import { orderContract as c, orderDocuments } from '../../services/order/index.ts';
import { ordersTouched } from './read-model.ts';
import * as q from '../../sql/source/order/index.ts';
import type { Duplicates } from '../../transforms/order/verdicts.ts';
import { mapPurchasedLinks, mapTransactions } from '../../transforms/order/extras.ts';
import { declaredEntity } from '../declared-entity.ts';
import { orderDuplicatesOf } from './lookups.ts';

const MAX_PER_BATCH = 5000;

export const transactions = declaredEntity<q.TransactionRow, Duplicates, Record<string, never>>('order', {
  entity: 'payment_transactions',
  page: q.transactions,
  key: { columns: ['t.transaction_id'], of: (r) => Number(r.transaction_id) },
  count: q.transactionsCount,
  maxBatch: MAX_PER_BATCH,
  lookups: [q.orderDuplicates],
  prepare: (src) => orderDuplicatesOf(src),
  map: (p, dupes) => mapTransactions(p.rows, dupes),
  writes: [c.payment_transaction],
  primaryTable: 'payment_transaction',
  // The payment part of their orders' documents (transactions are listed under the payment).
  project: (p) => [orderDocuments.refresh(ordersTouched(p.rows), ['payment'])],
});

export const downloadableLinks = declaredEntity<q.PurchasedRow, Duplicates, { items: q.PurchasedItemRow[] }>('order', {
  entity: 'downloadable_links',
  page: q.downloadablePurchased,
  key: { columns: ['d.purchased_id'], of: (r) => Number(r.purchased_id) },
  count: q.downloadablePurchasedCount,
  maxBatch: MAX_PER_BATCH,
  lookups: [q.orderDuplicates],
  prepare: (src) => orderDuplicatesOf(src),
  children: { items: { query: q.downloadablePurchasedItems, by: 'range' } },
  map: (p, dupes) => mapPurchasedLinks(p.rows, p.children.items, dupes),
  writes: [c.downloadable_link_purchased, c.downloadable_link_purchased_item],
  primaryTable: 'downloadable_link_purchased',
  project: (p) => [orderDocuments.refresh(ordersTouched(p.rows), ['links'])],
});
