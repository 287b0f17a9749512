/**
 * Which orders and documents load, decided once and the same way wherever an order is seen: the orders
 * entity rejects an order, and every document of it (invoice, shipment, credit memo, transaction,
 * downloadable link) is rejected with ORDER_REJECTED, from the same columns (its page query reads them
 * from sales_order). Reasons:
 *  - NO_INCREMENT_ID / NUL_BYTE / INVALID_UTF8: the increment id, the order's address for people, is missing
 *    or damaged;
 *  - DUPLICATE_INCREMENT_ID: another order of the same store view has the same increment id (possible only
 *    where Magento's unique key does not hold: a deleted store, store_id NULL); the first one keeps it;
 *  - NO_CURRENCY: no order or base currency code, so the amounts cannot be read;
 *  - DANGLING_ORDER (documents): the order the document points at does not exist.
 */
import type { DuplicateRow, OrderRef } from '../../sql/source/order/index.ts';
import { keyTextProblem } from './values.ts';

export interface Verdict {
  reason: string;
  detail?: string;
}

/** (store_id, increment_id) -> the entity_id that keeps the increment id. */
export type Duplicates = Map<string, number>;

export function duplicatesOf(rows: readonly DuplicateRow[]): Duplicates {
  return new Map(rows.map((r) => [dupKey(r.store_id, r.increment_id), Number(r.keep_id)]));
}

function dupKey(store: number | null, increment: string): string {
  return `${store ?? ''}|${increment}`;
}

/** An order's or a document's own key: its increment id, unique per store view. */
export function numberVerdict(entityId: number, incrementId: string | null, storeId: number | null, dupes: Duplicates): Verdict | null {
  const problem = keyTextProblem(incrementId);
  if (problem === 'MISSING') return { reason: 'NO_INCREMENT_ID' };
  if (problem) return { reason: problem, detail: 'increment_id' };
  if (dupes.size > 0) {
    const keep = dupes.get(dupKey(storeId, incrementId as string));
    if (keep !== undefined && keep !== entityId) return { reason: 'DUPLICATE_INCREMENT_ID', detail: `${incrementId} in store ${storeId ?? '(deleted)'} belongs to entity_id=${keep}` };
  }
  return null;
}

export function orderVerdict(
  o: { entity_id: number; increment_id: string | null; store_id: number | null; order_currency_code: string | null; base_currency_code: string | null },
  dupes: Duplicates,
): Verdict | null {
  const own = numberVerdict(o.entity_id, o.increment_id, o.store_id, dupes);
  if (own) return own;
  if (!o.order_currency_code || !o.base_currency_code) return { reason: 'NO_CURRENCY', detail: `order ${o.order_currency_code ?? 'NULL'}, base ${o.base_currency_code ?? 'NULL'}` };
  return null;
}

/** The verdict on the order a document points at: null when the order loads. */
export function parentVerdict(d: OrderRef, orderDupes: Duplicates): Verdict | null {
  if (d.order_entity_id === null || d.order_entity_id === undefined) return { reason: 'DANGLING_ORDER', detail: `order entity_id=${d.order_id ?? 'NULL'} does not exist` };
  const v = orderVerdict(
    { entity_id: Number(d.order_entity_id), increment_id: d.order_increment_id, store_id: d.order_store_id, order_currency_code: d.order_order_currency, base_currency_code: d.order_base_currency },
    orderDupes,
  );
  return v ? { reason: 'ORDER_REJECTED', detail: `order entity_id=${d.order_entity_id}: ${v.reason}` } : null;
}
