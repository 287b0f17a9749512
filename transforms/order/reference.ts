/**
 * The order service's reference data (pure): store views, statuses (with their states and per-store labels)
 * and the numbering of documents per store view.
 */
import type { Mapped } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { orderContract as c } from '../../services/order/index.ts';
import type { SequenceProfileRow, StatusLabelRow, StatusRow, StatusStateRow, StoreRow } from '../../sql/source/order/index.ts';
import { keyTextProblem } from './values.ts';

export function mapStores(rows: readonly StoreRow[]): Mapped {
  const out: unknown[][] = [];
  const rejects: Mapped['rejects'] = [];
  for (const s of rows) {
    if (keyTextProblem(s.code)) {
      rejects.push({ sourceKey: `store_id=${s.store_id}`, reason: 'NO_CODE' });
      continue;
    }
    out.push([entityUuid('store', s.store_id), s.store_id, s.code, s.name, s.website_id, s.website_code, s.group_id]);
  }
  return { loadedRows: out.length, tables: { order_store: { columns: c.order_store.columns, rows: out } }, rejects };
}

export function mapStatuses(rows: readonly StatusRow[], states: readonly StatusStateRow[], labels: readonly StatusLabelRow[], storeIds: ReadonlySet<number>): Mapped {
  const stats: Record<string, number> = {};
  // A label of a deleted store view is left out (Magento's FK would have removed it).
  const kept = labels.filter((l) => storeIds.has(Number(l.store_id)));
  if (kept.length < labels.length) stats['statuses.labels_of_missing_stores'] = labels.length - kept.length;
  return {
    loadedRows: rows.length,
    tables: {
      order_status: { columns: c.order_status.columns, rows: rows.map((s) => [s.status, s.label]) },
      order_status_state: { columns: c.order_status_state.columns, rows: states.map((s) => [s.status, s.state, s.is_default, s.visible_on_front]) },
      order_status_label: { columns: c.order_status_label.columns, rows: kept.map((l) => [l.status, l.store_id, l.label]) },
    },
    rejects: [],
    stats,
  };
}

const TYPES = new Set(['order', 'invoice', 'shipment', 'creditmemo']);

/**
 * The increment id Magento gave a sequence value: sprintf("%s%'.09d%s", prefix, value, suffix), the value
 * counted from start_value by step (Magento\SalesSequence\Model\Sequence::getCurrentValue / calculateCurrentValue).
 */
export function incrementIdOf(prefix: string, suffix: string, start: number, step: number, last: number): string {
  const value = (last - start) * step + start;
  return `${prefix}${String(value).padStart(9, '0')}${suffix}`;
}

export function mapNumbering(rows: readonly SequenceProfileRow[], lastValues: ReadonlyMap<string, number | null>): Mapped {
  const out: unknown[][] = [];
  const rejects: Mapped['rejects'] = [];
  for (const m of rows) {
    if (!TYPES.has(m.entity_type)) {
      rejects.push({ sourceKey: `meta_id=${m.meta_id}`, reason: 'UNKNOWN_ENTITY_TYPE', detail: m.entity_type });
      continue;
    }
    if (!lastValues.has(m.sequence_table)) {
      rejects.push({ sourceKey: `meta_id=${m.meta_id}`, reason: 'NO_SEQUENCE_TABLE', detail: m.sequence_table });
      continue;
    }
    const prefix = m.prefix ?? '';
    const suffix = m.suffix ?? '';
    const start = Number(m.start_value ?? 1);
    const step = Number(m.step ?? 1);
    const last = Number(lastValues.get(m.sequence_table) ?? 0);
    out.push([m.store_id, m.entity_type, prefix, suffix, start, step, last, last > 0 ? incrementIdOf(prefix, suffix, start, step, last) : null, m.sequence_table]);
  }
  return { loadedRows: out.length, tables: { order_numbering: { columns: c.order_numbering.columns, rows: out } }, rejects };
}
