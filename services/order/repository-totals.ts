/**
 * What the service holds, summed per document type, store view and currency: the target side of the
 * migration's reconciliation (and a check anyone can run). Quantities ordered count lines only (child rows
 * of configurable and bundle lines are part of their parent line).
 */
import type { Queryable } from '../kit/index.ts';

export interface TotalsRow {
  doc: 'orders' | 'invoices' | 'shipments' | 'creditmemos';
  store_magento_id: number | null;
  currency: string | null;
  count: number;
  /** Measure -> exact decimal text. */
  sums: Record<string, string>;
}

const QUERIES: Array<{ doc: TotalsRow['doc']; sql: string; measures: string[] }> = [
  {
    doc: 'orders',
    measures: ['grand_total', 'base_grand_total', 'total_paid', 'total_refunded', 'qty_ordered'],
    sql: `SELECT o.store_magento_id AS store, o.order_currency AS currency, count(*) AS count,
            coalesce(sum(o.grand_total), 0)::text AS grand_total, coalesce(sum(o.base_grand_total), 0)::text AS base_grand_total,
            coalesce(sum(o.total_paid), 0)::text AS total_paid, coalesce(sum(o.total_refunded), 0)::text AS total_refunded,
            coalesce(sum(q.qty), 0)::text AS qty_ordered
          FROM sales_order o
          LEFT JOIN (SELECT i.order_id, sum(i.qty_ordered) AS qty FROM order_item i WHERE i.parent_magento_id IS NULL GROUP BY i.order_id) q ON q.order_id = o.id
          GROUP BY 1, 2`,
  },
  {
    doc: 'invoices',
    measures: ['grand_total', 'base_grand_total'],
    sql: `SELECT store_magento_id AS store, order_currency AS currency, count(*) AS count,
            coalesce(sum(grand_total), 0)::text AS grand_total, coalesce(sum(base_grand_total), 0)::text AS base_grand_total
          FROM invoice GROUP BY 1, 2`,
  },
  {
    doc: 'shipments',
    measures: ['total_qty'],
    sql: `SELECT s.store_magento_id AS store, o.order_currency AS currency, count(*) AS count, coalesce(sum(s.total_qty), 0)::text AS total_qty
          FROM shipment s LEFT JOIN sales_order o ON o.id = s.order_id GROUP BY 1, 2`,
  },
  {
    doc: 'creditmemos',
    measures: ['grand_total', 'base_grand_total'],
    sql: `SELECT store_magento_id AS store, order_currency AS currency, count(*) AS count,
            coalesce(sum(grand_total), 0)::text AS grand_total, coalesce(sum(base_grand_total), 0)::text AS base_grand_total
          FROM creditmemo GROUP BY 1, 2`,
  },
];

export async function orderTotals(db: Queryable): Promise<TotalsRow[]> {
  const out: TotalsRow[] = [];
  for (const q of QUERIES) {
    const { rows } = await db.query<Record<string, string | number | null>>(q.sql);
    for (const r of rows) {
      out.push({
        doc: q.doc,
        store_magento_id: r.store === null ? null : Number(r.store),
        currency: (r.currency as string | null) ?? null,
        count: Number(r.count),
        sums: Object.fromEntries(q.measures.map((m) => [m, String(r[m])])),
      });
    }
  }
  return out;
}
