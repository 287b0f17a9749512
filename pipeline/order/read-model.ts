/**
 * Which orders a page of an order's later entities touches (invoices, shipments, credit memos, payment
 * transactions, purchased links): their documents are rebuilt in the batch's transaction
 * (services/order/migrations/004_order_document.sql). A row of a missing order touches none.
 */
import { entityUuid } from '../../core/ids.ts';
import type { OrderRef } from '../../sql/source/order/index.ts';

export function ordersTouched(rows: readonly OrderRef[]): string[] {
  const ids = new Set<string>();
  for (const r of rows) if (r.order_entity_id !== null && r.order_entity_id !== undefined) ids.add(entityUuid('order', Number(r.order_entity_id)));
  return [...ids];
}
