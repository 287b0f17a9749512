/** Typed names of the checkout context's source queries (sql/source/checkout/*.sql) and their rows. */
import { defineQuery } from '../../query.ts';
import type { SourceStoreRow } from '../review/index.ts';

export type CountRow = { n: number };
type Money = string | null;

export interface SourceCart {
  entity_id: number;
  store_id: number;
  created_at: string | null;
  updated_at: string | null;
  customer_id: number | null;
  customer_group_id: number | null;
  customer_email: string | null;
  customer_firstname: string | null;
  customer_lastname: string | null;
  customer_is_guest: number | null;
  coupon_code: string | null;
  items_count: number | null;
  items_qty: Money;
  subtotal: Money;
  base_subtotal: Money;
  grand_total: Money;
  base_grand_total: Money;
  base_currency_code: string | null;
  quote_currency_code: string | null;
  has_password_hash: number;
}
export interface SourceCartItem {
  item_id: number; quote_id: number; parent_item_id: number | null; product_id: number | null; product_type: string | null; sku: string; name: string | null;
  qty: Money; price: Money; base_price: Money; row_total: Money; base_row_total: Money; discount_amount: Money; tax_amount: Money;
}
export interface SourceCartAddress {
  address_id: number; quote_id: number; address_type: string | null; email: string | null; firstname: string | null; lastname: string | null; company: string | null;
  street: string | null; city: string | null; region: string | null; region_id: number | null; postcode: string | null; country_id: string | null; telephone: string | null;
  shipping_method: string | null; shipping_amount: Money;
}

export const carts = defineQuery<SourceCart>('source/checkout/carts');
export const cartCount = defineQuery<CountRow>('source/checkout/cart-count');
export const cartItems = defineQuery<SourceCartItem>('source/checkout/cart-items');
export const cartAddresses = defineQuery<SourceCartAddress>('source/checkout/cart-addresses');
export const cartCustomers = defineQuery<{ entity_id: number }>('source/checkout/cart-customers');
export const cartPasswordCount = defineQuery<CountRow>('source/checkout/cart-password-count');
export const stores = defineQuery<SourceStoreRow>('source/checkout/stores');
export const storeCount = defineQuery<CountRow>('source/checkout/store-count');
