/**
 * Typed names of `verify`'s checkout queries: its own reading of Magento's quote tables (MySQL, :since the
 * --carts-since day) and of the checkout service's database (target-*, Postgres). Nothing here is shared with
 * sql/source/checkout. No query reads a checkout password hash.
 */
import { defineQuery } from '../../query.ts';

export const cartAddressFields = defineQuery('verify/checkout/cart-address-fields');
export const cartFields = defineQuery('verify/checkout/cart-fields');
export const cartLineFields = defineQuery('verify/checkout/cart-line-fields');
export const cartLinesMoney = defineQuery('verify/checkout/cart-lines-money');
export const cartsKeys = defineQuery('verify/checkout/carts-keys');
export const cartsMoney = defineQuery('verify/checkout/carts-money');
export const targetCartAddressFields = defineQuery('verify/checkout/target-cart-address-fields');
export const targetCartFields = defineQuery('verify/checkout/target-cart-fields');
export const targetCartLineFields = defineQuery('verify/checkout/target-cart-line-fields');
export const targetCartLinesMoney = defineQuery('verify/checkout/target-cart-lines-money');
export const targetCartsKeys = defineQuery('verify/checkout/target-carts-keys');
export const targetCartsMoney = defineQuery('verify/checkout/target-carts-money');
