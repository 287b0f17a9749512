/**
 * The order service's reference data, each a small table read in one page: store views, order statuses
 * (with their states and per-store labels), and numbering (Magento's sequence profiles with the last value
 * of each sequence table, so new documents are numbered after every migrated one).
 */
import { readRows } from '../../extractors/query.ts';
import { orderContract as c, orderDocuments } from '../../services/order/index.ts';
import * as q from '../../sql/source/order/index.ts';
import { mapNumbering, mapStatuses, mapStores } from '../../transforms/order/reference.ts';
import { declaredEntity } from '../declared-entity.ts';
import { storeCodesOf } from './lookups.ts';

/** A lookup table in one page: a few dozen rows even on a large store. */
const WHOLE = 100_000;

export const stores = declaredEntity<q.StoreRow, undefined, Record<string, never>>('order', {
  entity: 'stores',
  page: q.stores,
  key: { columns: ['s.store_id'], of: (r) => Number(r.store_id) },
  count: q.storesCount,
  pageSize: WHOLE,
  map: (p) => mapStores(p.rows),
  writes: [c.order_store],
  primaryTable: 'order_store',
});

export const statuses = declaredEntity<q.StatusRow, Map<number, string>, { states: q.StatusStateRow[]; labels: q.StatusLabelRow[] }>('order', {
  entity: 'statuses',
  page: q.statuses,
  key: { columns: ['s.status'], of: (r) => r.status },
  count: q.statusesCount,
  pageSize: WHOLE,
  lookups: [q.stores],
  prepare: (src) => storeCodesOf(src),
  children: {
    states: { query: q.statusStates, by: (r) => r.status, when: (s) => s.hasTable('sales_order_status_state') },
    labels: { query: q.statusLabels, by: (r) => r.status, when: (s) => s.hasTable('sales_order_status_label') },
  },
  map: (p, storesById) => mapStatuses(p.rows, p.children.states, p.children.labels, new Set(storesById.keys())),
  writes: [c.order_status, c.order_status_state, c.order_status_label],
  primaryTable: 'order_status',
  // Status labels are in every order's document: rebuild those already built (none in a first run, statuses load before orders).
  project: () => [orderDocuments.refreshBuilt()],
});

export const numbering = declaredEntity<q.SequenceProfileRow, undefined, { lastValues: Map<string, number | null> }>('order', {
  entity: 'numbering',
  page: q.sequenceProfiles,
  key: { columns: ['m.meta_id'], of: (r) => Number(r.meta_id) },
  count: q.sequenceProfilesCount,
  pageSize: WHOLE,
  enrich: {
    reads: [q.sequenceLast],
    // One MAX() per sequence table (a handful per store view); a table named in the meta but absent is a reject.
    async run(conn, page, src) {
      const lastValues = new Map<string, number | null>();
      for (const m of page.rows) {
        if (lastValues.has(m.sequence_table) || !src.schema.hasTable(m.sequence_table)) continue;
        const [r] = await readRows(conn, q.sequenceLast, {}, { idents: { sequence_table: m.sequence_table } });
        lastValues.set(m.sequence_table, r?.last_value === null || r?.last_value === undefined ? null : Number(r.last_value));
      }
      return { lastValues };
    },
  },
  map: (p) => mapNumbering(p.rows, p.children.lastValues ?? new Map()),
  writes: [c.order_numbering],
  primaryTable: 'order_numbering',
});
