/**
 * Reads of the warehouse service: stocks, a product's facts and parts, its source items in a stock,
 * reservations, and the stock state and salable quantity they make (salable.ts).
 */
import { Decimal } from 'decimal.js';
import type { Queryable } from '../kit/index.ts';
import { COMPOSITE_TYPES, legacyStockState, msiStockState, salableQty, type ItemFacts, type Part, type ProductFacts, type StockState } from './salable.ts';

export const DEFAULT_STOCK_ID = 1;

export async function stockById(db: Queryable, id: number): Promise<{ id: number; name: string } | null> {
  const { rows } = await db.query('SELECT magento_id, name FROM stock WHERE magento_id = $1', [id]);
  return rows[0] ? { id: rows[0].magento_id, name: rows[0].name } : null;
}

export async function stockOfWebsite(db: Queryable, code: string): Promise<number | null> {
  const { rows } = await db.query("SELECT stock_id FROM sales_channel WHERE type = 'website' AND code = $1", [code]);
  return rows[0] ? rows[0].stock_id : null;
}

export async function configValue(db: Queryable, path: string, fallback: string): Promise<string> {
  const { rows } = await db.query('SELECT value FROM stock_config WHERE path = $1', [path]);
  return rows[0]?.value ?? fallback;
}

export interface ProductRow extends ProductFacts {
  id: string;
  magentoId: number;
  sku: string;
}

const PRODUCT_SQL = `SELECT p.id, p.magento_id, p.sku, p.type, p.enabled, p.required_options,
    si.qty::text AS qty, si.is_in_stock, si.manage_stock, si.min_qty::text AS min_qty, si.backorders,
    (si.use_config->>'backorders')::boolean AS use_config_backorders, si.raw_min_qty::text AS raw_min_qty, si.product_id IS NOT NULL AS has_item
  FROM product p LEFT JOIN stock_item si ON si.product_id = p.id`;

export function toProduct(r: Record<string, any>): ProductRow {
  const item: ItemFacts | null = r.has_item
    ? { qty: r.qty, isInStock: r.is_in_stock, manageStock: r.manage_stock, minQty: r.min_qty, backorders: r.backorders, useConfigBackorders: r.use_config_backorders, rawMinQty: r.raw_min_qty }
    : null;
  return { id: r.id, magentoId: r.magento_id, sku: r.sku, type: r.type, enabled: r.enabled, requiredOptions: r.required_options, item };
}

export async function productBySku(db: Queryable, sku: string): Promise<ProductRow | null> {
  const { rows } = await db.query(`${PRODUCT_SQL} WHERE p.sku = $1`, [sku]);
  return rows[0] ? toProduct(rows[0]) : null;
}

async function parts(db: Queryable, p: ProductRow): Promise<Part[]> {
  const { rows } = await db.query(
    `SELECT pp.option_id, pp.option_required, c.* FROM product_part pp
       LEFT JOIN (${PRODUCT_SQL}) c ON c.magento_id = pp.child_magento_id
      WHERE pp.parent_id = $1 AND pp.kind = $2 ORDER BY pp.option_id, pp.child_magento_id`,
    [p.id, p.type],
  );
  return rows.map((r) => ({ optionId: r.option_id, optionRequired: r.option_required, child: r.id ? toProduct(r) : null }));
}

export interface SourceLine { code: string; quantity: string | null; status: number; enabled: boolean; priority: number }

export async function sourceLines(db: Queryable, stockId: number, sku: string): Promise<SourceLine[]> {
  const { rows } = await db.query(
    `SELECT s.code, si.quantity::text AS quantity, si.status, s.enabled, ss.priority
       FROM stock_source ss JOIN source s ON s.code = ss.source_code
       JOIN source_item si ON si.source_code = ss.source_code AND si.sku = $2
      WHERE ss.stock_id = $1 ORDER BY ss.priority, s.code`,
    [stockId, sku],
  );
  return rows.map((r) => ({ code: r.code, quantity: r.quantity, status: r.status, enabled: r.enabled, priority: r.priority }));
}

export async function reservationsQty(db: Queryable, stockId: number, sku: string): Promise<Decimal> {
  const { rows } = await db.query('SELECT coalesce(sum(quantity), 0)::text AS q FROM reservation WHERE stock_id = $1 AND sku = $2', [stockId, sku]);
  return new Decimal(rows[0].q);
}

export interface StockAnswer {
  product: ProductRow | null;
  state: StockState;
  reservations: Decimal;
  /** null for product types without source items (configurable, bundle, grouped: MSI refuses to count them). */
  salable: Decimal | null;
  sources: SourceLine[];
}

/** What a stock answer is computed from (read in one query by read-model.ts, or row by row below). */
export interface StockFacts {
  product: ProductRow | null;
  /** A composite's parts (read for the default stock only: the legacy index needs them). */
  parts: Part[];
  sources: SourceLine[];
  reservations: Decimal;
  /** stock_config's cataloginventory/item_options/backorders and min_qty (Magento's defaults when absent). */
  backorders: string;
  minQty: string;
}

/** The stock state of a SKU in a stock, and what can still be sold (pure). */
export function answerOf(stockId: number, f: StockFacts): StockAnswer {
  const { product, sources, reservations } = f;
  let state: StockState;
  if (stockId === DEFAULT_STOCK_ID) {
    state = product ? legacyStockState(product, COMPOSITE_TYPES.has(product.type) ? f.parts : []) : { indexed: false, isSalable: false, quantity: new Decimal(0) };
  } else {
    state = msiStockState(product, sources.map((s) => ({ quantity: s.quantity, status: s.status, sourceEnabled: s.enabled })), Number(f.backorders));
  }
  const composite = product !== null && COMPOSITE_TYPES.has(product.type);
  const minQty = product?.item?.minQty ?? f.minQty;
  return { product, state, reservations, salable: composite ? null : salableQty(state, reservations, minQty), sources };
}

/** The stock state of a SKU in a stock, read row by row (reservations.ts reads it so, under its lock). */
export async function stockAnswer(db: Queryable, stockId: number, sku: string, product: ProductRow | null): Promise<StockAnswer> {
  const sources = await sourceLines(db, stockId, sku);
  const reservations = await reservationsQty(db, stockId, sku);
  const legacyComposite = stockId === DEFAULT_STOCK_ID && product !== null && COMPOSITE_TYPES.has(product.type);
  return answerOf(stockId, {
    product,
    parts: legacyComposite ? await parts(db, product) : [],
    sources,
    reservations,
    backorders: stockId === DEFAULT_STOCK_ID ? '0' : await configValue(db, 'cataloginventory/item_options/backorders', '0'),
    minQty: product?.item?.minQty ?? (await configValue(db, 'cataloginventory/item_options/min_qty', '0')),
  });
}

/** The JSON GET /warehouse/stock/{sku} answers for a product's answer. */
export function stockBody(stockId: number, a: StockAnswer) {
  const product = a.product!;
  return {
    sku: product.sku,
    magento_id: product.magentoId,
    type: product.type,
    stock_id: stockId,
    is_salable: a.state.isSalable,
    quantity: a.state.quantity.toFixed(),
    salable_qty: a.salable === null ? null : a.salable.toFixed(),
    reservations_qty: a.reservations.toFixed(),
    sources: a.sources.map((s) => ({ code: s.code, quantity: s.quantity, status: s.status === 1 ? 'in_stock' : 'out_of_stock', enabled: s.enabled, priority: s.priority })),
    manage_stock: product.item?.manageStock ?? null,
    backorders: product.item?.backorders ?? null,
    min_qty: product.item?.minQty ?? null,
  };
}
