/**
 * Returns onto the return service (pure): the RMA, its items with their rma_item EAV values gathered by
 * attribute code, status history and labels (bytes kept as they are). A return of an order that no longer
 * exists is rejected (ORDER_DELETED) with everything under it; protect_code (the secret a guest looks a
 * return up with) is never read, only counted; an item whose order item is gone keeps no order-item link.
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { returnContract as c } from '../../services/return/index.ts';
import type { SourceItemValue, SourceRma, SourceRmaHistory, SourceRmaItem, SourceRmaLabel } from '../../sql/source/return/index.ts';
import { decodeSerialized } from '../order/payload.ts';
import { groupBy, ValueIssues } from '../order/values.ts';

export interface RmaChildren {
  items: SourceRmaItem[];
  int: SourceItemValue[];
  varchar: SourceItemValue[];
  text: SourceItemValue[];
  decimal: SourceItemValue[];
  datetime: SourceItemValue[];
  history: SourceRmaHistory[];
  labels: SourceRmaLabel[];
}

const bool = (v: number | null) => (v === null ? null : Number(v) !== 0);

export function mapReturns(rows: readonly SourceRma[], ch: RmaChildren): Mapped {
  const issues = new ValueIssues();
  const rejects: Reject[] = [];
  const stats: Record<string, number> = {};
  const heads: unknown[][] = [];
  const items: unknown[][] = [];
  const history: unknown[][] = [];
  const labels: unknown[][] = [];
  const itemsOf = groupBy(ch.items, (r) => r.rma_entity_id);
  const historyOf = groupBy(ch.history, (r) => r.rma_entity_id);
  const labelsOf = groupBy(ch.labels, (r) => r.rma_entity_id);
  const values = new Map<number, Record<string, { value: unknown; label?: string }>>();
  for (const v of [...ch.int, ...ch.varchar, ...ch.text, ...ch.decimal, ...ch.datetime]) {
    const m = values.get(Number(v.entity_id)) ?? {};
    m[v.attribute_code] = v.label === null ? { value: v.value } : { value: v.value === null ? null : Number(v.value), label: v.label };
    values.set(Number(v.entity_id), m);
  }
  for (const r of rows) {
    const id = Number(r.entity_id);
    if (Number(r.has_protect_code) === 1) stats['protect_code_not_copied'] = (stats['protect_code_not_copied'] ?? 0) + 1;
    if (r.order_entity_id === null) {
      rejects.push({ sourceKey: `entity_id=${id}`, reason: 'ORDER_DELETED', detail: `order entity_id=${r.order_id} does not exist` });
      continue;
    }
    const rmaId = entityUuid('rma', id);
    const customer = r.customer_id === null || r.customer_entity_id === null ? null : Number(r.customer_id);
    if (r.customer_id !== null && r.customer_entity_id === null) stats['customer_deleted'] = (stats['customer_deleted'] ?? 0) + 1;
    heads.push([
      rmaId, id, r.increment_id, r.status, Number(r.is_active) === 1, issues.date(r.date_requested, 'magento_rma.entity_id', id, 'date_requested'),
      entityUuid('order', Number(r.order_id)), Number(r.order_id), r.order_increment_id, r.store_id, customer === null ? null : entityUuid('customer', customer), customer, r.customer_custom_email,
    ]);
    for (const i of itemsOf.get(id) ?? []) {
      const iid = Number(i.entity_id);
      const linked = i.order_item_id !== null && i.order_item_exists !== null;
      if (i.order_item_id !== null && !linked) stats['items.order_item_deleted'] = (stats['items.order_item_deleted'] ?? 0) + 1;
      const options = decodeSerialized(i.product_options);
      items.push([
        entityUuid('rma_item', iid), iid, rmaId, linked ? entityUuid('order_item', Number(i.order_item_id)) : null, i.order_item_id, i.product_name, i.product_sku,
        i.product_admin_name, i.product_admin_sku, i.status, Number(i.is_qty_decimal) === 1, i.qty_requested, i.qty_authorized, i.qty_approved, i.qty_returned,
        options.value, values.get(iid) ?? {},
      ]);
    }
    for (const h of historyOf.get(id) ?? []) {
      const hid = Number(h.entity_id);
      history.push([entityUuid('rma_status_history', hid), hid, rmaId, h.status, h.comment, bool(h.is_customer_notified), Number(h.is_visible_on_front) === 1, bool(h.is_admin),
        issues.date(h.created_at, 'magento_rma_status_history.entity_id', hid, 'created_at')]);
    }
    for (const l of labelsOf.get(id) ?? []) {
      const lid = Number(l.entity_id);
      labels.push([entityUuid('rma_shipping_label', lid), lid, rmaId, l.shipping_label, l.packages, l.track_number, l.carrier_title, l.method_title, l.carrier_code, l.method_code, l.price, bool(l.is_admin)]);
    }
  }
  return {
    loadedRows: heads.length,
    tables: {
      rma: { columns: c.rma.columns, rows: heads },
      rma_item: { columns: c.rma_item.columns, rows: items },
      rma_status_history: { columns: c.rma_status_history.columns, rows: history },
      rma_shipping_label: { columns: c.rma_shipping_label.columns, rows: labels },
    },
    rejects: [...rejects, ...issues.rejects],
    stats,
  };
}
