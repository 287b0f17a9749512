/**
 * Row counts per entity, in one statement of COUNT(*) subqueries over the tables that exist. Commerce
 * staged tables (those with a row_id column) also get the count of distinct entities.
 */
import type { MysqlConnection } from '../../core/mysql.ts';
import type { SchemaCatalog } from './catalog.ts';
import type { EntityCount, EntityCounts } from './report.ts';
import * as inspect from '../../sql/source/inspect/index.ts';
import { renderSql } from '../../sql/template.ts';

type CountKey = Exclude<keyof EntityCounts, 'productsByType'>;

/** Entity -> table, and the id column that names an entity across Commerce row versions. */
const ENTITY_TABLES: Array<{ key: CountKey; table: string; id: string }> = [
  { key: 'products', table: 'catalog_product_entity', id: 'entity_id' },
  { key: 'categories', table: 'catalog_category_entity', id: 'entity_id' },
  { key: 'attributeSets', table: 'eav_attribute_set', id: 'attribute_set_id' },
  { key: 'customers', table: 'customer_entity', id: 'entity_id' },
  { key: 'customerAddresses', table: 'customer_address_entity', id: 'entity_id' },
  { key: 'orders', table: 'sales_order', id: 'entity_id' },
  { key: 'orderItems', table: 'sales_order_item', id: 'item_id' },
  { key: 'invoices', table: 'sales_invoice', id: 'entity_id' },
  { key: 'shipments', table: 'sales_shipment', id: 'entity_id' },
  { key: 'creditMemos', table: 'sales_creditmemo', id: 'entity_id' },
  { key: 'reviews', table: 'review', id: 'review_id' },
  { key: 'urlRewrites', table: 'url_rewrite', id: 'url_rewrite_id' },
  { key: 'cmsPages', table: 'cms_page', id: 'page_id' },
  { key: 'cmsBlocks', table: 'cms_block', id: 'block_id' },
  { key: 'legacyStockItems', table: 'cataloginventory_stock_item', id: 'item_id' },
  { key: 'msiSources', table: 'inventory_source', id: 'source_code' },
  { key: 'msiSourceItems', table: 'inventory_source_item', id: 'source_item_id' },
];

export const COUNTED_TABLES = ENTITY_TABLES.map((e) => e.table);

export async function readEntityCounts(conn: MysqlConnection, cat: SchemaCatalog): Promise<EntityCounts> {
  const columns: string[] = [];
  for (const [i, e] of ENTITY_TABLES.entries()) {
    if (!cat.has(e.table)) continue;
    columns.push(`${renderSql(inspect.countRows, { idents: { table: e.table } })} AS c${i}_rows`);
    if (isStaged(cat, e.table, e.id)) columns.push(`${renderSql(inspect.countDistinct, { idents: { table: e.table, id: e.id } })} AS c${i}_entities`);
  }
  const [r] = (await conn.query(`SELECT ${columns.join(',\n  ')}`)) as unknown as [Array<Record<string, unknown>>];
  const row = r[0] ?? {};

  const counts = {} as Record<CountKey, EntityCount>;
  for (const [i, e] of ENTITY_TABLES.entries()) {
    const rows = row[`c${i}_rows`];
    const entities = row[`c${i}_entities`];
    if (rows === undefined) counts[e.key] = { table: e.table, count: null, rowVersions: null };
    else if (entities === undefined) counts[e.key] = { table: e.table, count: Number(rows), rowVersions: null };
    else counts[e.key] = { table: e.table, count: Number(entities), rowVersions: Number(rows) };
  }

  const [types] = (await conn.query(renderSql(inspect.productsByType))) as unknown as [Array<{ type_id: string; n: number }>];
  const productsByType: Record<string, number> = {};
  for (const t of types) productsByType[t.type_id] = Number(t.n);
  const { products, ...rest } = counts;
  return { products, productsByType, ...rest };
}

/** Commerce staging: the table's key is row_id and the entity id repeats across versions. */
function isStaged(cat: SchemaCatalog, table: string, id: string): boolean {
  return cat.hasColumn(table, 'row_id') && id !== 'row_id' && cat.hasColumn(table, id);
}
