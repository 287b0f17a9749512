/**
 * One order's answer (GET /orders/{increment_id}) from its stored rows, in pieces, pure: the order's own fields
 * up to its addresses (head), its payment, its history and taxes (tail), its purchased links. orderView
 * (repository-orders.ts) reads the rows and joins the pieces; the import builds the head and tail of the read
 * model from the rows it is about to write (order-document-parts.ts), so the two cannot drift apart.
 *
 * Rows are as node-postgres returns them: bigint and numeric as text, integer as number, boolean, timestamptz
 * as Date, jsonb parsed; the order row carries `dob` (customer_dob::text) and `status_label` (the store view's
 * label, else the status' own).
 */
import { lifecycleOf } from './lifecycle.ts';
import { iso, num, type DbRow } from './repository-shape.ts';

function item(i: DbRow) {
  return {
    magento_id: num(i.magento_id as string), sku: i.sku, name: i.name, product_id: i.product_id, product_magento_id: num(i.product_magento_id as string),
    product_type: i.product_type, qty_ordered: i.qty_ordered, qty_invoiced: i.qty_invoiced, qty_shipped: i.qty_shipped, qty_refunded: i.qty_refunded,
    qty_canceled: i.qty_canceled, price: i.price, base_price: i.base_price, original_price: i.original_price, price_incl_tax: i.price_incl_tax,
    row_total: i.row_total, base_row_total: i.base_row_total, row_total_incl_tax: i.row_total_incl_tax, tax_percent: i.tax_percent, tax_amount: i.tax_amount,
    base_tax_amount: i.base_tax_amount, discount_amount: i.discount_amount, base_discount_amount: i.base_discount_amount, amount_refunded: i.amount_refunded,
    base_amount_refunded: i.base_amount_refunded, weight: i.weight, is_virtual: i.is_virtual, options: i.product_options, gift_message: i.gift_message,
  };
}

type Item = ReturnType<typeof item> & { children: Array<ReturnType<typeof item>> };

/** Lines with their child rows (a configurable's simple, a bundle's selections) nested: never separate lines. Rows by magento_id. */
export function nestItems(rows: readonly DbRow[]): Item[] {
  const lines = new Map<string, Item>();
  const children: DbRow[] = [];
  for (const r of rows) {
    if (r.parent_magento_id === null) lines.set(String(r.magento_id), { ...item(r), children: [] });
    else children.push(r);
  }
  for (const c of children) {
    const parent = lines.get(String(c.parent_magento_id));
    if (parent) parent.children.push(item(c));
    else lines.set(String(c.magento_id), { ...item(c), children: [] });
  }
  return [...lines.values()];
}

/** The order's own fields, its lines (rows by magento_id) and its addresses (by magento_id). */
export function orderHead(o: DbRow, items: readonly DbRow[], addresses: readonly DbRow[]) {
  return {
    id: o.id,
    magento_id: num(o.magento_id as string),
    increment_id: o.increment_id,
    store: o.store_code,
    store_id: o.store_magento_id,
    store_name: o.store_name,
    state: o.state,
    status: o.status,
    status_label: o.status_label,
    lifecycle: lifecycleOf(o.state as string | null),
    created_at: iso(o.created_at as Date | null),
    updated_at: iso(o.updated_at as Date | null),
    customer: {
      id: o.customer_id, magento_id: num(o.customer_magento_id as string), is_guest: o.customer_is_guest, email: o.customer_email, prefix: o.customer_prefix,
      firstname: o.customer_firstname, middlename: o.customer_middlename, lastname: o.customer_lastname, suffix: o.customer_suffix,
      group: o.customer_group_id, dob: o.dob, gender: o.customer_gender, taxvat: o.customer_taxvat,
    },
    currency: { order: o.order_currency, base: o.base_currency, global: o.global_currency, store: o.store_currency, base_to_order_rate: o.base_to_order_rate },
    totals: {
      subtotal: o.subtotal, tax: o.tax_amount, shipping: o.shipping_amount, discount: o.discount_amount, grand_total: o.grand_total,
      base_grand_total: o.base_grand_total, total_paid: o.total_paid, total_refunded: o.total_refunded, total_invoiced: o.total_invoiced,
      total_canceled: o.total_canceled, total_due: o.total_due, subtotal_incl_tax: o.subtotal_incl_tax, shipping_incl_tax: o.shipping_incl_tax,
      base_subtotal: o.base_subtotal, base_tax: o.base_tax_amount, base_shipping: o.base_shipping_amount, base_discount: o.base_discount_amount,
      base_total_paid: o.base_total_paid, base_total_refunded: o.base_total_refunded, base_total_invoiced: o.base_total_invoiced,
      base_total_canceled: o.base_total_canceled, base_total_due: o.base_total_due, total_qty_ordered: o.total_qty_ordered,
    },
    shipping: { method: o.shipping_method, description: o.shipping_description, weight: o.weight, is_virtual: o.is_virtual },
    coupon_code: o.coupon_code,
    discount_description: o.discount_description,
    customer_note: o.customer_note,
    gift_message: o.gift_message,
    items: nestItems(items),
    addresses: addresses.map((a) => ({
      magento_id: num(a.magento_id as string), type: a.address_type, prefix: a.prefix, firstname: a.firstname, middlename: a.middlename, lastname: a.lastname,
      suffix: a.suffix, company: a.company, street: a.street === null ? [] : String(a.street).split('\n'), city: a.city, region: a.region,
      region_id: a.region_id, postcode: a.postcode, country_id: a.country_id, telephone: a.telephone, fax: a.fax, email: a.email, vat_id: a.vat_id,
    })),
  };
}

/** The first payment (by magento_id) with its transactions, or null. */
export function orderPayment(payments: readonly DbRow[], transactions: readonly DbRow[]) {
  return payments.map((p) => ({
    magento_id: num(p.magento_id as string), method: p.method, amount_ordered: p.amount_ordered, base_amount_ordered: p.base_amount_ordered,
    amount_authorized: p.amount_authorized, amount_paid: p.amount_paid, base_amount_paid: p.base_amount_paid, amount_refunded: p.amount_refunded,
    base_amount_refunded: p.base_amount_refunded, amount_canceled: p.amount_canceled, shipping_captured: p.shipping_captured,
    cc_type: p.cc_type, cc_last4: p.cc_last_4, last_trans_id: p.last_trans_id, po_number: p.po_number, additional_information: p.additional_information,
    transactions: transactions.filter((t) => String(t.payment_magento_id) === String(p.magento_id)).map((t) => ({
      magento_id: num(t.magento_id as string), txn_id: t.txn_id, parent_txn_id: t.parent_txn_id, txn_type: t.txn_type, is_closed: t.is_closed,
      additional_information: t.additional_information, created_at: iso(t.created_at as Date | null),
    })),
  }))[0] ?? null;
}

/** The status history (oldest first, undated first) and the taxes (by magento_id). */
export function orderTail(history: readonly DbRow[], taxes: readonly DbRow[]) {
  return {
    status_history: history.map((h) => ({
      magento_id: num(h.magento_id as string), status: h.status, comment: h.comment, is_customer_notified: h.is_customer_notified,
      is_visible_on_front: h.is_visible_on_front, entity_name: h.entity_name, created_at: iso(h.created_at as Date | null),
    })),
    taxes: taxes.map((t) => ({ magento_id: num(t.magento_id as string), code: t.code, title: t.title, percent: t.percent, amount: t.amount, base_amount: t.base_amount })),
  };
}

export function purchasedLinks(links: readonly DbRow[]) {
  return links.map((l) => ({
    magento_id: num(l.magento_id as string), order_item_magento_id: num(l.order_item_magento_id as string), product_id: l.product_id, link_title: l.link_title,
    status: l.status, number_of_downloads_bought: l.number_of_downloads_bought, number_of_downloads_used: l.number_of_downloads_used,
  }));
}
