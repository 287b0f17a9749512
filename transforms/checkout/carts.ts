/**
 * Recent active carts onto the checkout service (pure): the cart with its customer's UUID (the customer
 * context's), coupon code, totals as exact decimals with the currency; its lines (the product's UUID from the
 * catalog context, the SKU and name the cart holds); its addresses (street split on new lines, as Magento
 * stores it). Never copied: quote.password_hash (counted). Rejects:
 *  - CUSTOMER_DELETED (value): a cart whose customer is gone: kept as a guest cart (its e-mail still reaches them);
 *  - NO_SKU (value): a line without a SKU cannot be put back in a cart: left out;
 *  - NUL_BYTE / ZERO_DATE (value).
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { checkoutContract as c } from '../../services/checkout/index.ts';
import type { SourceCart, SourceCartAddress, SourceCartItem } from '../../sql/source/checkout/index.ts';
import { dateValue, hasNul } from '../values.ts';

export interface CartChildren {
  items: SourceCartItem[];
  addresses: SourceCartAddress[];
  customers: Array<{ entity_id: number }>;
}

const money = (v: string | number | null | undefined): string | null => (v === null || v === undefined || v === '' ? null : String(v));

export function mapCarts(rows: readonly SourceCart[], children: Partial<CartChildren>): Mapped {
  const carts: unknown[][] = [];
  const items: unknown[][] = [];
  const addresses: unknown[][] = [];
  const rejects: Reject[] = [];
  const stats: Record<string, number> = {};
  const inc = (k: string, n = 1): void => void (stats[k] = (stats[k] ?? 0) + n);
  const customers = new Set((children.customers ?? []).map((r) => Number(r.entity_id)));
  const kept = new Map<number, string>();
  const text = (key: string, column: string, v: string | null): string | null => {
    if (!hasNul(v)) return v;
    rejects.push({ sourceKey: `${key},column=${column}`, reason: 'NUL_BYTE', detail: 'Postgres text cannot hold NUL' });
    return null;
  };
  for (const r of rows) {
    const id = Number(r.entity_id);
    const key = `quote_id=${id}`;
    const uuid = entityUuid('cart', id);
    kept.set(id, uuid);
    if (Number(r.has_password_hash) === 1) inc('not_copied.quote.password_hash');
    let customer = r.customer_id !== null && Number(r.customer_id) > 0 ? Number(r.customer_id) : null;
    if (customer !== null && !customers.has(customer)) {
      rejects.push({ sourceKey: `${key},column=customer_id`, reason: 'CUSTOMER_DELETED', detail: `customer ${customer} no longer exists: kept as a guest cart` });
      customer = null;
    }
    if (r.coupon_code) inc('carts.with_coupon');
    carts.push([
      uuid, id, Number(r.store_id), customer === null ? null : entityUuid('customer', customer), customer, r.customer_group_id === null ? null : Number(r.customer_group_id),
      text(key, 'customer_email', r.customer_email), text(key, 'customer_firstname', r.customer_firstname), text(key, 'customer_lastname', r.customer_lastname),
      customer === null, r.coupon_code || null, Number(r.items_count ?? 0), money(r.items_qty), money(r.subtotal), money(r.base_subtotal), money(r.grand_total), money(r.base_grand_total),
      r.quote_currency_code, r.base_currency_code, dateValue('timestamp', r.created_at, key, 'created_at', rejects), dateValue('timestamp', r.updated_at, key, 'updated_at', rejects),
    ]);
  }
  for (const i of children.items ?? []) {
    const cart = kept.get(Number(i.quote_id));
    if (!cart) continue; // a line of an inactive or older cart in the page's key range
    const key = `item_id=${i.item_id}`;
    if (!i.sku) {
      rejects.push({ sourceKey: key, reason: 'NO_SKU', detail: 'a cart line without a SKU' });
      continue;
    }
    const product = i.product_id === null ? null : Number(i.product_id);
    items.push([
      entityUuid('cart_item', Number(i.item_id)), Number(i.item_id), cart, i.parent_item_id === null ? null : Number(i.parent_item_id), product === null ? null : entityUuid('product', product), product,
      i.product_type, i.sku, text(key, 'name', i.name), money(i.qty) ?? '0', money(i.price), money(i.base_price), money(i.row_total), money(i.base_row_total), money(i.discount_amount), money(i.tax_amount),
    ]);
  }
  for (const a of children.addresses ?? []) {
    const cart = kept.get(Number(a.quote_id));
    if (!cart) continue;
    const key = `address_id=${a.address_id}`;
    addresses.push([
      entityUuid('cart_address', Number(a.address_id)), Number(a.address_id), cart, a.address_type ?? 'billing', a.email, text(key, 'firstname', a.firstname), text(key, 'lastname', a.lastname),
      a.company, (a.street ?? '').split('\n').filter((s) => s !== ''), a.city, a.region, a.region_id === null ? null : Number(a.region_id), a.postcode, a.country_id, a.telephone,
      a.shipping_method, money(a.shipping_amount),
    ]);
  }
  inc('carts.items', items.length);
  return {
    loadedRows: carts.length,
    tables: {
      [c.cart.table]: { columns: c.cart.columns, rows: carts },
      [c.cart_item.table]: { columns: c.cart_item.columns, rows: items },
      [c.cart_address.table]: { columns: c.cart_address.columns, rows: addresses },
    },
    rejects,
    stats,
    ids: carts.map((r) => ['cart', r[1] as number, r[0] as string]),
  };
}
