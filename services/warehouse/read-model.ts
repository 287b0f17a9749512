/**
 * The warehouse read model (migrations/002_stock_facts.sql): per stock and SKU the facts of its answer
 * (stock_facts) and its reservations' total (reservation_total), kept in step by the import (these statements
 * run in the transaction of each batch whose rows they derive from) and by POST /warehouse/reservations.
 * GET /warehouse/stock/{sku} reads them with one prepared query; answerOf (repository.ts) computes the answer
 * from them exactly as from the rows read one by one.
 */
import { Decimal } from 'decimal.js';
import type { Statement } from '../../core/batch.ts';
import type { Queryable } from '../kit/index.ts';
import { toProduct, type SourceLine, type StockFacts } from './repository.ts';
import type { Part } from './salable.ts';

export const stockFacts = {
  /** The facts of these SKUs (and of the composites they are parts of), in every stock. */
  refresh: (skus: readonly string[]): Statement => ({ text: 'SELECT refresh_stock_facts($1::text[])', values: [[...new Set(skus)]] }),
  /** After sources, stocks or settings change: every document already built (none during a first run). */
  refreshBuilt: (): Statement => ({ text: 'SELECT refresh_built_stock_facts()', values: [] }),
  /** The reservation totals of these (stock, SKU) pairs, from the reservation rows. */
  refreshTotals: (pairs: ReadonlyArray<readonly [number, string]>): Statement => ({
    text: 'SELECT refresh_reservation_totals($1::integer[], $2::text[])',
    values: [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
  }),
};

const STOCK_SQL = `
WITH st AS (
  SELECT CASE WHEN $2::text IS NULL THEN (SELECT magento_id FROM stock WHERE magento_id = $1::integer)
              ELSE (SELECT stock_id FROM sales_channel WHERE type = 'website' AND code = $2) END AS id
)
SELECT st.id AS stock_id, f.facts, coalesce(t.quantity, 0)::text AS reservations
  FROM st LEFT JOIN stock_facts f ON f.stock_id = st.id AND f.sku = $3
  LEFT JOIN reservation_total t ON t.stock_id = st.id AND t.sku = $3`;

export type StockRead = { found: 'no-stock' } | { found: 'no-product'; stockId: number } | { found: 'product'; stockId: number; facts: StockFacts };

/** The facts of a SKU's answer in a stock given by id, or by website code (the sales channel). */
export async function readStock(db: Queryable, sku: string, stockId: number, websiteCode: string | null): Promise<StockRead> {
  const { rows } = await db.query({ name: 'warehouse-stock', text: STOCK_SQL, values: [stockId, websiteCode, sku] });
  const r = rows[0];
  if (r.stock_id === null) return { found: 'no-stock' };
  if (r.facts === null) return { found: 'no-product', stockId: r.stock_id };
  const f = r.facts;
  const parts: Part[] = f.parts.map((x: Record<string, any>) => ({ optionId: x.optionId, optionRequired: x.optionRequired, child: x.child ? toProduct(x.child) : null }));
  return {
    found: 'product',
    stockId: r.stock_id,
    facts: {
      product: toProduct(f.product),
      parts,
      sources: f.sources as SourceLine[],
      reservations: new Decimal(r.reservations),
      backorders: f.backorders ?? '0',
      minQty: f.minQty ?? '0',
    },
  };
}
