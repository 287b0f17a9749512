/**
 * Orders: keyset pages of sales_order (thousands of orders a page) with everything hanging off them read by
 * the page's order_id range on Magento's own indexes (items, addresses, payments, status history, taxes and
 * their items), gift messages by id, mapped by transforms/order/orders.ts. A few large reads per page, no
 * per-row query.
 */
import type { Mapped } from '../../core/batch.ts';
import { readRows } from '../../extractors/query.ts';
import type { SqlQuery } from '../../sql/query.ts';
import { entityUuid } from '../../core/ids.ts';
import { orderContract as c, orderDocuments } from '../../services/order/index.ts';
import * as q from '../../sql/source/order/index.ts';
import type { OrderRow } from '../../sql/source/order/index.ts';
import { ProductIds, UuidCache } from '../../transforms/order/order-items.ts';
import { mapOrders, type OrderChildren, type OrdersContext } from '../../transforms/order/orders.ts';
import { declaredEntity } from '../declared-entity.ts';
import { cartsOf, orderDuplicatesOf, statusLabelsOf, storeCodesOf } from './lookups.ts';

/**
 * Orders per page: each brings about ten child rows, and three pages are alive at once (read ahead, mapped,
 * being written). 2,000 peaked at 338-351 MB RSS on `medium`, over the 300 MB budget; 1,000 at 271-281 MB, and
 * 315 MB once each order also carries its document's head and tail (about 6 KB of JSON text); 750 at 285 MB with
 * the same time (bench/README.md), the round trips still few.
 */
export const MAX_ORDERS_PER_BATCH = 750;

const range = (query: SqlQuery<unknown>) => ({ query, by: 'range' as const });

export const orders = declaredEntity<OrderRow, OrdersContext, OrderChildren>('order', {
  entity: 'orders',
  page: q.orders,
  key: { columns: ['o.entity_id'], of: (r) => Number(r.entity_id) },
  count: q.ordersCount,
  maxBatch: MAX_ORDERS_PER_BATCH,
  thread: { module: new URL(import.meta.url), export: 'orders' },
  lookups: [q.stores, q.orderDuplicates, q.cartsCount, q.statuses, q.statusLabels],
  prepare: async (src) => ({
    stores: await storeCodesOf(src),
    dupes: await orderDuplicatesOf(src),
    products: new ProductIds(),
    customers: new UuidCache('customer'),
    carts: await cartsOf(src),
    statusLabel: await statusLabelsOf(src),
  }),
  children: {
    items: range(q.orderItems),
    addresses: range(q.orderAddresses),
    payments: range(q.orderPayments),
    history: range(q.orderHistory),
    taxes: { ...range(q.orderTaxes), when: (s) => s.hasTable('sales_order_tax') },
    taxItems: { ...range(q.orderTaxItems), when: (s) => s.hasTable('sales_order_tax_item') },
  },
  enrich: {
    reads: [q.giftMessages, q.productsExisting],
    // Two reads by id per page, issued together: the gift messages of orders and items, and which ordered
    // products still exist.
    async run(conn, page, src) {
      const gifts = new Set<number>();
      const products = new Set<number>();
      for (const o of page.rows) if (o.gift_message_id) gifts.add(Number(o.gift_message_id));
      for (const i of page.children.items) {
        if (i.gift_message_id) gifts.add(Number(i.gift_message_id));
        if (i.product_id !== null) products.add(Number(i.product_id));
      }
      const [giftRows, productRows] = await Promise.all([
        gifts.size && src.schema.hasTable('gift_message') ? readRows(conn, q.giftMessages, { ids: [...gifts] }) : [],
        products.size ? readRows(conn, q.productsExisting, { ids: [...products] }) : [],
      ]);
      return { gifts: giftRows, products: productRows };
    },
  },
  map: (page, ctx) => mapOrders(page.rows, page.children, ctx, page.first),
  writes: [c.sales_order, c.order_item, c.order_address, c.order_payment, c.order_status_history, c.order_tax, c.order_tax_item, c.order_document],
  primaryTable: 'sales_order',
  // The page's orders get their documents in the batch's transaction (services/order/migrations/004_order_document.sql
  // says why per batch): the documents the transform built come with the rows (order_document), Postgres adds the
  // later entities' parts where an order already has such rows (a rerun), and builds all of it for the orders the
  // transform left to it.
  project: (_page, mapped) => orderDocuments.refreshOrdersBatch(idsOf(mapped, 'sales_order', 'id'), idsOf(mapped, 'order_document', 'order_id')),
  // Rows Postgres refused are not in the heads the transform built: every document again, from the stored rows.
  projectRefused: (page) => [orderDocuments.refresh(page.rows.map((r) => entityUuid('order', r.entity_id)))],
});

/** The UUIDs in one column of a mapped table. */
function idsOf(mapped: Mapped, table: string, column: string): string[] {
  const t = mapped.tables[table];
  if (!t) return [];
  const at = t.columns.indexOf(column);
  return t.rows.map((r) => String(r[at]));
}
