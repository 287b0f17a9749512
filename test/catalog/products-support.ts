/**
 * Helpers of the catalog-products tests: consume an EntityMigration's batches directly (no orchestrator),
 * rebuild what each store view shows from the batches' table rows or from the target database, and read the
 * same thing independently from the Magento source with one simple SQL per product/attribute/store (written
 * apart from the pivot: no code shared with transforms/).
 */
import type { Connection } from 'mysql2/promise';
import type pg from 'pg';
import { entityUuid } from '../../core/ids.ts';
import type { Batch, EntityMigration, NullPolicy, SourceContext } from '../../pipeline/types.ts';

export interface Collected {
  source: number;
  loaded: number;
  batches: Batch[];
  rejects: Batch['rejects'];
  stats: Record<string, number>;
  /** table -> rows as objects (column -> value) */
  rows: Record<string, Array<Record<string, unknown>>>;
}

export async function collect(m: EntityMigration, src: SourceContext): Promise<Collected> {
  const out: Collected = { source: 0, loaded: 0, batches: [], rejects: [], stats: {}, rows: {} };
  for await (const b of m.batches(src, null)) {
    out.batches.push(b);
    out.source += b.sourceRows;
    out.loaded += b.loadedRows;
    out.rejects.push(...b.rejects);
    for (const [k, v] of Object.entries(b.stats ?? {})) out.stats[k] = (out.stats[k] ?? 0) + v;
    // A batch from the batch thread carries COPY text (pipeline/batch-thread.ts): its rows, read and mapped again.
    const tables = b.decoded ? await b.decoded() : b.tables;
    for (const [name, t] of Object.entries(tables)) {
      const list = (out.rows[name] ??= []);
      for (const r of t.rows) list.push(Object.fromEntries(t.columns.map((c, i) => [c, r[i]])));
    }
  }
  return out;
}

export function countBy<T>(items: T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
}

export interface StoreView {
  storeId: number;
  websiteId: number;
}

/** entity_id -> store_id -> attributes the store view shows, rebuilt from product / *_attributes rows. */
export function viewsFromRows(rows: Collected['rows'], views: StoreView[]): Map<number, Map<number, Record<string, unknown>>> {
  const websiteLayer = new Map<string, Record<string, unknown>>();
  for (const r of rows.product_website_attributes ?? []) websiteLayer.set(`${r.product_id}|${r.website_id}`, r.attributes as Record<string, unknown>);
  const storeLayer = new Map<string, Record<string, unknown>>();
  for (const r of rows.product_store_attributes ?? []) storeLayer.set(`${r.product_id}|${r.store_id}`, r.attributes as Record<string, unknown>);
  const out = new Map<number, Map<number, Record<string, unknown>>>();
  for (const p of rows.product ?? []) {
    const perStore = new Map<number, Record<string, unknown>>();
    for (const v of views) {
      const merged: Record<string, unknown> = {
        ...(p.attributes as Record<string, unknown>),
        ...websiteLayer.get(`${p.id}|${entityUuid('website', v.websiteId)}`),
        ...storeLayer.get(`${p.id}|${entityUuid('store', v.storeId)}`),
      };
      for (const k of Object.keys(merged)) if (merged[k] === null) delete merged[k];
      perStore.set(v.storeId, merged);
    }
    out.set(Number(p.magento_id), perStore);
  }
  return out;
}

/** The same from the catalog database, with the SQL PRODUCTS_SCHEMA.md gives the HTTP service. */
export async function viewsFromTarget(db: pg.Client, views: StoreView[]): Promise<Map<number, Map<number, Record<string, unknown>>>> {
  const out = new Map<number, Map<number, Record<string, unknown>>>();
  for (const v of views) {
    const { rows } = await db.query<{ magento_id: number; attributes: Record<string, unknown> }>(
      `SELECT p.magento_id, jsonb_strip_nulls(p.attributes || COALESCE(w.attributes, '{}') || COALESCE(s.attributes, '{}')) AS attributes
         FROM product p
         LEFT JOIN product_website_attributes w ON w.product_id = p.id AND w.website_id = $1
         LEFT JOIN product_store_attributes s ON s.product_id = p.id AND s.store_id = $2`,
      [entityUuid('website', v.websiteId), entityUuid('store', v.storeId)],
    );
    for (const r of rows) {
      let m = out.get(r.magento_id);
      if (!m) out.set(r.magento_id, (m = new Map()));
      m.set(v.storeId, r.attributes);
    }
  }
  return out;
}

interface SourceAttribute {
  attribute_id: number;
  attribute_code: string;
  backend_type: string;
  frontend_input: string | null;
  is_global: number;
}

/** Attributes the catalog keeps (not static, not prices or stock), read straight from eav_attribute. */
export async function catalogAttributes(conn: Connection): Promise<SourceAttribute[]> {
  const [rows] = await conn.query(
    `SELECT a.attribute_id, a.attribute_code, a.backend_type, a.frontend_input, COALESCE(c.is_global, 1) AS is_global
       FROM eav_attribute a JOIN eav_entity_type t ON t.entity_type_id = a.entity_type_id AND t.entity_type_code = 'catalog_product'
       LEFT JOIN catalog_eav_attribute c ON c.attribute_id = a.attribute_id
      WHERE a.backend_type IN ('int', 'varchar', 'decimal', 'text', 'datetime')
        AND COALESCE(a.frontend_input, '') <> 'price'
        AND a.attribute_code NOT IN ('tier_price', 'special_from_date', 'special_to_date', 'minimal_price', 'quantity_and_stock_status')`,
  );
  return (rows as SourceAttribute[]).map((r) => ({ ...r, attribute_id: Number(r.attribute_id), is_global: Number(r.is_global) }));
}

function expected(a: SourceAttribute, raw: unknown): unknown {
  if (a.frontend_input === 'multiselect') {
    const s = String(raw).trim();
    return s === '' ? [] : s.split(',').map(Number);
  }
  if (a.backend_type === 'int') return Number(raw);
  if (a.backend_type === 'datetime') return new Date(`${String(raw).replace(' ', 'T')}Z`).toISOString().replace('.000Z', 'Z');
  return String(raw);
}

/**
 * What store view `view` shows for product `key` (entity_id, or the current row_id in Commerce), read with one
 * SQL per attribute: global -> store 0; store scope -> the view's row, else store 0; website scope -> the row of
 * the lowest store_id of the view's website, else store 0. Under 'inherit' NULL rows do not count. Values a
 * migration must reject (zero dates, NUL bytes) are left out at the source.
 */
export async function sourceView(
  conn: Connection,
  attrs: SourceAttribute[],
  key: { column: string; value: number },
  view: StoreView,
  websiteStores: number[],
  policy: NullPolicy,
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const present = new Set<number>();
  const [have] = await conn.query(
    ['int', 'varchar', 'decimal', 'text', 'datetime'].map((t) => `SELECT attribute_id FROM \`catalog_product_entity_${t}\` WHERE \`${key.column}\` = ?`).join(' UNION '),
    Array(5).fill(key.value),
  );
  for (const r of have as Array<{ attribute_id: number }>) present.add(Number(r.attribute_id));
  for (const a of attrs) {
    if (!present.has(a.attribute_id)) continue;
    const table = `catalog_product_entity_${a.backend_type}`;
    const stores = a.is_global === 1 ? [0] : a.is_global === 2 ? [0, ...websiteStores] : [0, view.storeId];
    const clean = a.backend_type === 'datetime' ? "AND (value IS NULL OR value <> '0000-00-00 00:00:00')" : a.backend_type === 'int' || a.backend_type === 'decimal' ? '' : "AND (value IS NULL OR LOCATE(CHAR(0), value) = 0)";
    const nulls = policy === 'inherit' ? 'AND value IS NOT NULL' : '';
    const [rows] = await conn.query(
      `SELECT value FROM \`${table}\` WHERE \`${key.column}\` = ? AND attribute_id = ? AND store_id IN (?) ${clean} ${nulls}
        ORDER BY store_id = 0, store_id LIMIT 1`,
      [key.value, a.attribute_id, stores],
    );
    const r = (rows as Array<{ value: unknown }>)[0];
    if (r && r.value !== null) out[a.attribute_code] = expected(a, r.value);
  }
  return out;
}
