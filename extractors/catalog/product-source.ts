/**
 * Reads products from Magento in keyset pages: the entity rows, their EAV values (extractors/eav), and every
 * table hanging off a product (websites, categories, media, custom options, configurable super attributes,
 * bundle options, downloadable links and samples). Prices in those tables (option, link prices) are read too,
 * for the pricing service; the catalog transform leaves them out.
 *
 * Owner columns hold the product key: entity_id in Open Source, row_id in Commerce (one copy per version);
 * owner rows are read by the page's key range and kept for the page's current keys by the transform.
 */
import type { MysqlConnection } from '../../core/mysql.ts';
import { eavPages, type EavPage } from '../eav/value-reader.ts';
import type { EavEntityTables } from '../eav/types.ts';
import { productSql, versionParams } from './product-sql.ts';

export type Row = Record<string, unknown>;

export interface ProductRow {
  /** entity_id (Open Source) or row_id (Commerce): the page key. */
  row_key: number;
  entity_id: number;
  attribute_set_id: number;
  type_id: string;
  sku: string | null;
  has_options: number;
  required_options: number;
  created_at: string | null;
  updated_at: string | null;
}

export interface ProductExtra {
  websites: Row[];
  categories: Row[];
  media: Row[];
  mediaValues: Row[];
  mediaVideos: Row[];
  options: Row[];
  optionTitles: Row[];
  optionPrices: Row[];
  optionValues: Row[];
  optionValueTitles: Row[];
  optionValuePrices: Row[];
  superAttributes: Row[];
  superAttributeLabels: Row[];
  bundleOptions: Row[];
  bundleOptionTitles: Row[];
  downloadableLinks: Row[];
  downloadableLinkTitles: Row[];
  downloadableLinkPrices: Row[];
  downloadableSamples: Row[];
  downloadableSampleTitles: Row[];
}

export type ProductPage = EavPage<ProductRow, ProductExtra>;

/** Owner-keyed reads by key range: [ProductExtra field, SQL file]. */
const RANGE_READS: Array<[keyof ProductExtra, string]> = [
  ['media', 'product-media'],
  ['mediaValues', 'product-media-values'],
  ['options', 'product-options'],
  ['optionTitles', 'product-option-titles'],
  ['optionPrices', 'product-option-prices'],
  ['optionValues', 'product-option-values'],
  ['optionValueTitles', 'product-option-value-titles'],
  ['optionValuePrices', 'product-option-value-prices'],
  ['superAttributes', 'product-super-attributes'],
  ['superAttributeLabels', 'product-super-attribute-labels'],
  ['bundleOptions', 'product-bundle-options'],
  ['bundleOptionTitles', 'product-bundle-option-titles'],
  ['downloadableLinks', 'product-downloadable-links'],
  ['downloadableLinkTitles', 'product-downloadable-link-titles'],
  ['downloadableLinkPrices', 'product-downloadable-link-prices'],
  ['downloadableSamples', 'product-downloadable-samples'],
  ['downloadableSampleTitles', 'product-downloadable-sample-titles'],
];

async function rows(conn: MysqlConnection, sql: string, values: unknown[]): Promise<Row[]> {
  const [r] = await conn.query(sql, values);
  return r as Row[];
}

/** The next page of product rows after `after` (null: from the start), current versions only in Commerce. */
export async function readProductRows(conn: MysqlConnection, staged: boolean, version: number, after: number | null, limit: number): Promise<ProductRow[]> {
  const sql = productSql(staged ? 'product-page-staged' : 'product-page', staged);
  return (await rows(conn, sql, [after ?? 0, ...versionParams(staged, version), limit])) as unknown as ProductRow[];
}

async function readExtra(conn: MysqlConnection, staged: boolean, page: ProductRow[], lo: number, hi: number): Promise<ProductExtra> {
  const extra = {} as ProductExtra;
  const entityIds = page.map((p) => p.entity_id);
  // Issued together: mysql2 queues them on the connection, so no round trip waits on our own code.
  const pending: Array<Promise<void>> = [
    rows(conn, productSql('product-websites', staged), [entityIds]).then((r) => void (extra.websites = r)),
    rows(conn, productSql('product-categories', staged), [entityIds]).then((r) => void (extra.categories = r)),
    ...RANGE_READS.map(([field, name]) => rows(conn, productSql(name, staged), [lo, hi]).then((r) => void (extra[field] = r))),
  ];
  await Promise.all(pending);
  const videoIds = extra.media.filter((m) => m.media_type !== 'image').map((m) => m.value_id);
  extra.mediaVideos = videoIds.length ? await rows(conn, productSql('product-media-videos', staged), [videoIds]) : [];
  return extra;
}

/**
 * Product pages after `after`, with values and everything hanging off the products, one page read ahead.
 * `conns[0]` reads the pages and the tables hanging off them, the others (if any) the value tables: the
 * reads of a page run in parallel on the server.
 */
export function productPages(
  conns: readonly MysqlConnection[],
  tables: EavEntityTables,
  opts: { after: number | null; pageSize: number; version: number },
): AsyncGenerator<ProductPage> {
  const staged = tables.staged;
  const conn = conns[0];
  return eavPages<ProductRow, ProductExtra>(conn, tables, {
    after: opts.after,
    keyOf: (r) => r.row_key,
    readPage: (after) => readProductRows(conn, staged, opts.version, after, opts.pageSize),
    readExtra: (page, lo, hi) => readExtra(conn, staged, page, lo, hi),
    valueConnections: conns.length > 1 ? conns.slice(1) : undefined,
  });
}

export async function countProducts(conn: MysqlConnection, staged: boolean, version: number): Promise<number> {
  const r = await rows(conn, productSql(staged ? 'product-count-staged' : 'product-count', staged), versionParams(staged, version));
  return Number(r[0]?.n ?? 0);
}

/** entity_id -> sku of products (current versions), for the far ends of links and children. */
export async function readProductSkus(conn: MysqlConnection, staged: boolean, version: number, entityIds: number[]): Promise<Map<number, string | null>> {
  const out = new Map<number, string | null>();
  if (entityIds.length === 0) return out;
  for (const r of await rows(conn, productSql('product-skus', staged), [entityIds, ...versionParams(staged, version)])) {
    out.set(Number(r.entity_id), r.sku === null ? null : String(r.sku));
  }
  return out;
}
