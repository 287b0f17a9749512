/**
 * The order context's run-wide lookups, each read once per run (src.memo) and shared by its entities: the
 * store views, the increment ids used twice in one store view (per document type), the carts counted for
 * the report.
 */
import { readRows } from '../../extractors/query.ts';
import type { SourceContext } from '../../extractors/source.ts';
import * as q from '../../sql/source/order/index.ts';
import type { SqlQuery } from '../../sql/query.ts';
import { duplicatesOf, type Duplicates } from '../../transforms/order/verdicts.ts';

/** store_id -> code of every store view (orders name their store by code). */
export function storeCodesOf(src: SourceContext): Promise<Map<number, string>> {
  return src.memo('order:stores', async () => {
    const rows = await readRows(src.conn, q.stores, { limit: 1_000_000 }, { raw: { after: 'TRUE' } });
    return new Map(rows.map((s) => [Number(s.store_id), s.code]));
  });
}

export function duplicatesFor(src: SourceContext, query: SqlQuery<q.DuplicateRow>): Promise<Duplicates> {
  return src.memo(`order:duplicates:${query.name}`, async () => duplicatesOf(await readRows(src.conn, query)));
}

export const orderDuplicatesOf = (src: SourceContext): Promise<Duplicates> => duplicatesFor(src, q.orderDuplicates);

/** Carts (quote): counted, never migrated; null where the table does not exist. */
export function cartsOf(src: SourceContext): Promise<{ carts: number; active: number } | null> {
  return src.memo('order:carts', async () => {
    if (!src.schema.hasTable('quote')) return null;
    const [r] = await readRows(src.conn, q.cartsCount);
    return { carts: Number(r?.carts ?? 0), active: Number(r?.active ?? 0) };
  });
}

/**
 * The label an order's status shows in its store view, as the order service stores them (statuses entity,
 * transforms/order/reference.ts): the store view's own label (labels of store views that no longer exist are
 * not migrated), else the status' label; null for a status Magento does not list.
 */
export function statusLabelsOf(src: SourceContext): Promise<(status: string | null, storeId: number | null) => string | null> {
  return src.memo('order:status-labels', async () => {
    const stores = await storeCodesOf(src);
    const statuses = src.schema.hasTable('sales_order_status')
      ? await readRows(src.conn, q.statuses, { limit: 1_000_000 }, { raw: { after: 'TRUE' } })
      : [];
    const labels = statuses.length && src.schema.hasTable('sales_order_status_label')
      ? await readRows(src.conn, q.statusLabels, { ids: statuses.map((s) => s.status) })
      : [];
    const clean = (v: string | null) => (v === null ? null : v.replaceAll('\0', ''));
    const own = new Map(statuses.map((s) => [s.status, clean(s.label)]));
    const perStore = new Map<string, string | null>();
    for (const l of labels) if (stores.has(Number(l.store_id))) perStore.set(`${l.status}\u0001${Number(l.store_id)}`, clean(l.label));
    return (status, storeId) => {
      if (status === null) return null;
      if (storeId !== null) {
        const label = perStore.get(`${status}\u0001${storeId}`);
        if (label !== undefined && label !== null) return label;
      }
      return own.get(status) ?? null;
    };
  });
}
