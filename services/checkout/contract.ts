/** What an import writes into the checkout service. Checked against migrations/ by test/architecture/contracts.test.ts. */
import { contractOf, table } from '../kit/index.ts';

export const store = table('store', ['id', 'magento_id', 'code', 'name', 'website_magento_id', 'website_code', 'is_active'], ['id']);
export const cart = table('cart', [
  'id', 'magento_id', 'store_magento_id', 'customer_id', 'customer_magento_id', 'customer_group_magento_id', 'email', 'firstname', 'lastname', 'is_guest', 'coupon_code',
  'items_count', 'items_qty', 'subtotal', 'base_subtotal', 'grand_total', 'base_grand_total', 'currency', 'base_currency', 'created_at', 'updated_at',
], ['id']);
export const cartItem = table('cart_item', [
  'id', 'magento_id', 'cart_id', 'parent_magento_id', 'product_id', 'product_magento_id', 'product_type', 'sku', 'name', 'qty', 'price', 'base_price', 'row_total', 'base_row_total',
  'discount_amount', 'tax_amount',
], ['id']);
export const cartAddress = table('cart_address', [
  'id', 'magento_id', 'cart_id', 'address_type', 'email', 'firstname', 'lastname', 'company', 'street', 'city', 'region', 'region_magento_id', 'postcode', 'country_id', 'telephone',
  'shipping_method', 'shipping_amount',
], ['id']);

export const checkoutContract = contractOf(store, cart, cartItem, cartAddress);
