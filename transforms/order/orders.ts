/**
 * A page of orders -> rows of the order service (pure). Per order: its verdict (verdicts.ts), its row with
 * every amount as the exact decimal text Magento stored (order currency and base_* base currency), the
 * customer's deterministic UUID (the customer service derives the same, no lookup), and its children:
 * items (order-items.ts), addresses, payment, status history, taxes. Rejected orders take their rows with
 * them; values that cannot be loaded (zero dates, damaged text) are rejected one by one.
 */
import type { Mapped } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { orderContract as c, orderDocumentParts } from '../../services/order/index.ts';
import type { GiftMessageRow, OrderAddressRow, OrderHistoryRow, OrderItemRow, OrderPaymentRow, OrderRow, OrderTaxItemRow, OrderTaxRow } from '../../sql/source/order/index.ts';
import { mapOrderItems, type ProductIds, type UuidCache } from './order-items.ts';
import { paymentInformation } from './payload.ts';
import { Reconciler } from './reconcile.ts';
import { orderVerdict, type Duplicates } from './verdicts.ts';
import { giftMessage, int, ValueIssues, Walk } from './values.ts';

export interface OrdersContext {
  /** store_id -> code (the store views that exist). */
  stores: ReadonlyMap<number, string>;
  dupes: Duplicates;
  products: ProductIds;
  customers: UuidCache;
  /** Carts (quote) in the source: not migrated, reported once. */
  carts: { carts: number; active: number } | null;
  /** The label of a status in a store view (null: the store view has none), as the service stores them. */
  statusLabel(status: string | null, storeId: number | null): string | null;
}

export interface OrderChildren {
  items: OrderItemRow[];
  addresses: OrderAddressRow[];
  payments: OrderPaymentRow[];
  history: OrderHistoryRow[];
  taxes: OrderTaxRow[];
  taxItems: OrderTaxItemRow[];
  gifts: GiftMessageRow[];
  /** The ordered products that still exist. */
  products: Array<{ entity_id: number }>;
}

export function mapOrders(rows: readonly OrderRow[], ch: OrderChildren, ctx: OrdersContext, first: boolean): Mapped {
  const issues = new ValueIssues();
  const rejects: Mapped['rejects'] = [];
  const stats: Record<string, number> = {};
  const recon = new Reconciler('orders');
  const gifts = new Map(ch.gifts.map((g) => [Number(g.gift_message_id), g]));
  const existing = new Set(ch.products.map((p) => Number(p.entity_id)));
  const items = new Walk(ch.items, (r) => r.order_id);
  const addresses = new Walk(ch.addresses, (r) => r.parent_id);
  const payments = new Walk(ch.payments, (r) => r.parent_id);
  const history = new Walk(ch.history, (r) => r.parent_id);
  const taxes = new Walk(ch.taxes, (r) => r.order_id);
  const taxItems = new Walk(ch.taxItems, (r) => r.order_id);
  const out = {
    sales_order: [] as unknown[][], order_item: [] as unknown[][], order_address: [] as unknown[][], order_payment: [] as unknown[][],
    order_status_history: [] as unknown[][], order_tax: [] as unknown[][], order_tax_item: [] as unknown[][],
    order_document: [] as unknown[][],
  };
  const ids: NonNullable<Mapped['ids']> = [];
  const count = (k: string, n = 1) => (stats[k] = (stats[k] ?? 0) + n);

  for (const o of rows) {
    const oid = Number(o.entity_id);
    items.at(oid);
    const lines = mapOrderItems(ch.items, items.from, items.to, '', ctx.products, existing, gifts, issues, count);
    const verdict = orderVerdict(o, ctx.dupes);
    recon.add(o.store_id, o.order_currency_code, [o.grand_total, o.base_grand_total, o.total_paid, o.total_refunded, lines.qtyOrdered], verdict !== null);
    if (verdict) {
      rejects.push({ sourceKey: `entity_id=${oid}`, reason: verdict.reason, detail: verdict.detail });
      continue;
    }
    const id = entityUuid('order', oid);
    ids.push(['order', oid, id]);
    const key = oid;
    const customer = o.customer_id === null ? null : Number(o.customer_id);
    const store = o.store_id === null ? null : Number(o.store_id);
    // A store_id whose store view is gone is kept as Magento's number, with no code.
    const storeCode = store === null ? null : (ctx.stores.get(store) ?? null);
    if (store !== null && storeCode === null) count('orders.store_missing');
    if (store === null) count('orders.store_deleted');
    if (customer === null && !o.customer_is_guest) count('orders.customer_deleted');
    const t = (col: string) => issues.text(o[col], 'sales_order.entity_id', key, col);
    const created = issues.date(o.created_at, 'sales_order.entity_id', key, 'created_at');
    const starts = { item: out.order_item.length, address: out.order_address.length, history: out.order_status_history.length, tax: out.order_tax.length, payment: out.order_payment.length };
    out.sales_order.push([
      id, oid, o.increment_id, store, storeCode, t('store_name'), o.state, o.status, created, issues.date(o.updated_at, 'sales_order.entity_id', key, 'updated_at'),
      customer === null ? null : ctx.customers.of(customer), customer, o.customer_is_guest ?? 0, t('customer_email'), t('customer_prefix'),
      t('customer_firstname'), t('customer_middlename'), t('customer_lastname'), t('customer_suffix'), o.customer_group_id,
      issues.date(o.customer_dob, 'sales_order.entity_id', key, 'customer_dob'), o.customer_gender, t('customer_taxvat'),
      o.order_currency_code, o.base_currency_code, o.global_currency_code, o.store_currency_code, o.base_to_order_rate, o.base_to_global_rate,
      o.subtotal, o.base_subtotal, o.subtotal_incl_tax, o.base_subtotal_incl_tax, o.tax_amount, o.base_tax_amount,
      o.shipping_amount, o.base_shipping_amount, o.shipping_incl_tax, o.base_shipping_incl_tax, o.shipping_tax_amount, o.base_shipping_tax_amount,
      o.discount_amount, o.base_discount_amount, t('discount_description'), o.grand_total, o.base_grand_total, o.total_paid, o.base_total_paid,
      o.total_invoiced, o.base_total_invoiced, o.total_refunded, o.base_total_refunded, o.total_canceled, o.base_total_canceled,
      o.total_due, o.base_total_due, o.total_qty_ordered, o.total_item_count, o.weight, o.is_virtual, t('coupon_code'), o.applied_rule_ids,
      o.shipping_method, t('shipping_description'), o.remote_ip, o.quote_id, o.ext_order_id, o.original_increment_id, o.relation_parent_id,
      o.hold_before_state, o.hold_before_status, t('customer_note'),
      o.gift_message_id === null ? null : giftMessage(gifts.get(Number(o.gift_message_id)), issues),
    ]);
    for (const row of lines.rows) {
      row[0] = id;
      out.order_item.push(row);
    }
    addresses.at(oid);
    for (let n = addresses.from; n < addresses.to; n++) {
      const a = ch.addresses[n];
      const ak = a.entity_id;
      const at = (col: string) => issues.text(a[col], 'sales_order_address.entity_id', ak, col);
      out.order_address.push([
        id, a.entity_id, a.address_type, a.customer_address_id, at('prefix'), at('firstname'), at('middlename'), at('lastname'), at('suffix'),
        at('company'), at('street'), at('city'), at('region'), a.region_id, at('postcode'), a.country_id, at('telephone'), at('fax'), at('email'), at('vat_id'),
      ]);
    }
    payments.at(oid);
    for (let n = payments.from; n < payments.to; n++) {
      const p = ch.payments[n];
      const cardColumns = Number(p.card_fields ?? 0);
      const info = paymentInformation(p.additional_information);
      if (cardColumns > 0 || info.removed > 0) {
        count('payments.card_data_left_out');
        if (cardColumns) count('payments.card_columns_left_out', cardColumns);
        if (info.removed) count('payments.card_keys_left_out', info.removed);
      }
      if (info.decoded.format === 'php') count('payments.additional_information_php_serialized');
      if (info.decoded.error) issues.rejects.push({ sourceKey: `sales_order_payment.entity_id=${p.entity_id},field=additional_information`, reason: 'BAD_SERIALIZED', detail: info.decoded.error });
      out.order_payment.push([
        id, p.entity_id, p.method, p.amount_ordered, p.base_amount_ordered, p.amount_authorized, p.base_amount_authorized,
        p.amount_paid, p.base_amount_paid, p.amount_refunded, p.base_amount_refunded, p.amount_canceled, p.base_amount_canceled,
        p.shipping_amount, p.base_shipping_amount, p.shipping_captured, p.base_shipping_captured, p.shipping_refunded, p.base_shipping_refunded,
        p.cc_type, p.cc_last_4, p.last_trans_id, p.po_number, info.value,
      ]);
    }
    history.at(oid);
    for (let n = history.from; n < history.to; n++) {
      const h = ch.history[n];
      const hk = h.entity_id;
      out.order_status_history.push([
        id, h.entity_id, h.status, issues.text(h.comment, 'sales_order_status_history.entity_id', hk, 'comment'), h.is_customer_notified, h.is_visible_on_front,
        h.entity_name, issues.date(h.created_at, 'sales_order_status_history.entity_id', hk, 'created_at'),
      ]);
    }
    taxes.at(oid);
    for (let n = taxes.from; n < taxes.to; n++) {
      const x = ch.taxes[n];
      out.order_tax.push([id, x.tax_id, x.code, x.title, x.percent, x.amount, x.base_amount, x.base_real_amount, x.priority, x.position, x.process]);
    }
    documentOf(out, starts, ctx.statusLabel(o.status, store));
    taxItems.at(oid);
    for (let n = taxItems.from; n < taxItems.to; n++) {
      const x = ch.taxItems[n];
      out.order_tax_item.push([
        id, x.tax_item_id, x.tax_id, int(x.item_id), int(x.associated_item_id), x.taxable_item_type, x.tax_percent, x.amount, x.base_amount, x.real_amount, x.real_base_amount,
      ]);
    }
  }
  if (first && ctx.carts) {
    if (ctx.carts.carts) stats['carts.not_migrated'] = ctx.carts.carts;
    if (ctx.carts.active) stats['carts.active_not_migrated'] = ctx.carts.active;
  }
  recon.stats(stats);
  return {
    loadedRows: out.sales_order.length,
    tables: {
      sales_order: { columns: c.sales_order.columns, rows: out.sales_order },
      order_item: { columns: c.order_item.columns, rows: out.order_item },
      order_address: { columns: c.order_address.columns, rows: out.order_address },
      order_payment: { columns: c.order_payment.columns, rows: out.order_payment },
      order_status_history: { columns: c.order_status_history.columns, rows: out.order_status_history },
      order_tax: { columns: c.order_tax.columns, rows: out.order_tax },
      order_tax_item: { columns: c.order_tax_item.columns, rows: out.order_tax_item },
      order_document: { columns: c.order_document.columns, rows: out.order_document },
    },
    rejects: [...rejects, ...issues.rejects],
    ids,
    stats,
  };
}

type Out = Record<'sales_order' | 'order_item' | 'order_address' | 'order_payment' | 'order_status_history' | 'order_tax' | 'order_document', unknown[][]>;

/**
 * The read model's head and tail of the order just mapped (its rows are the last of each table, from `starts`),
 * built from those rows (services/order order-document-parts.ts). None when a value's stored form is not certain:
 * Postgres then builds the whole document in the batch (pipeline/order/orders.ts).
 */
function documentOf(out: Out, starts: { item: number; address: number; history: number; tax: number; payment: number }, statusLabel: string | null): void {
  const row = out.sales_order[out.sales_order.length - 1];
  const parts = orderDocumentParts({
    order: { columns: c.sales_order.columns, row },
    items: { columns: c.order_item.columns, rows: out.order_item.slice(starts.item) },
    addresses: { columns: c.order_address.columns, rows: out.order_address.slice(starts.address) },
    history: { columns: c.order_status_history.columns, rows: out.order_status_history.slice(starts.history) },
    taxes: { columns: c.order_tax.columns, rows: out.order_tax.slice(starts.tax) },
    payments: { columns: c.order_payment.columns, rows: out.order_payment.slice(starts.payment) },
    statusLabel,
  });
  if (!parts) return;
  const col = (name: string) => row[SALES_ORDER_AT[name]];
  out.order_document.push([col('id'), col('magento_id'), col('increment_id'), col('store_magento_id'), col('store_code'), col('customer_id'), parts.head, parts.tail, parts.payment, '[]', '[]', '[]', '[]']);
}

const SALES_ORDER_AT: Record<string, number> = Object.fromEntries(c.sales_order.columns.map((name, i) => [name, i]));
