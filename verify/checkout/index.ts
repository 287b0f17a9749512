/**
 * The checkout context's verification (`verify --carts-since DATE`, the day the migration was given): every
 * active cart updated since that day by store view, the carts' totals and the lines' quantities and row totals
 * per cart currency, and on a sample each cart's own fields, lines and addresses. A checkout password hash is
 * never read.
 */
import * as q from '../../sql/verify/checkout/index.ts';
import { tableVerifier } from '../table.ts';
import type { ContextVerify } from '../types.ts';

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** `since`: 'YYYY-MM-DD 00:00:00', as the migration compares quote.updated_at with it (pipeline/checkout). */
export function checkoutVerify(since: string): ContextVerify {
  const carts = tableVerifier({
    entity: 'carts',
    sourceKeys: q.cartsKeys,
    targetKeys: q.targetCartsKeys,
    keySets: [{ name: 'cart per store view', key: (r) => `${str(r.store)}/${str(r.id)}` }],
    label: (r) => `quote_id=${str(r.id)}`,
    measures: [
      { source: q.cartsMoney, target: q.targetCartsMoney },
      { source: q.cartLinesMoney, target: q.targetCartLinesMoney },
    ],
    fields: [
      { source: q.cartFields, target: q.targetCartFields },
      { source: q.cartLineFields, target: q.targetCartLineFields },
      { source: q.cartAddressFields, target: q.targetCartAddressFields },
    ],
    sampleFrom: 'cart',
    // The run rejects only values of a cart (a deleted customer, a NUL byte) and SKU-less lines, never a cart.
    wholeReject: /^quote_id=(\d+)$/,
    params: { since },
  });
  return { entities: [carts] };
}
