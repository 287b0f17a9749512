/**
 * What the source database holds: its tables and their columns (the shared probe, extractors/source-schema.ts),
 * the database's name and its server. Every optional table (MSI, the version log, sequence_*) is looked up here
 * before a query touches it.
 */
import { MagemigError } from '../../core/errors.ts';
import type { MysqlConnection } from '../../core/mysql.ts';
import type { Edition } from '../../core/batch.ts';
import * as inspect from '../../sql/source/inspect/index.ts';
import { probeSourceSchema, type SourceSchema } from '../source-schema.ts';

export interface SchemaCatalog extends SourceSchema {
  database: string;
  server: string;
  has(table: string): boolean;
}

/** Tables inspect reads unconditionally: without them this is not a Magento 2 database. */
export const REQUIRED_TABLES = [
  'store_website',
  'store_group',
  'store',
  'eav_entity_type',
  'eav_attribute',
  'eav_attribute_set',
  'catalog_eav_attribute',
  'catalog_product_entity',
  'catalog_product_entity_datetime',
  'catalog_product_entity_decimal',
  'catalog_product_entity_int',
  'catalog_product_entity_text',
  'catalog_product_entity_varchar',
  'catalog_category_entity',
  'customer_entity',
  'sales_order',
  'sales_order_item',
] as const;

export async function readCatalog(conn: MysqlConnection): Promise<SchemaCatalog> {
  const [[info]] = (await conn.query(inspect.server.text)) as unknown as [Array<{ db: string; version: string }>];
  const schema = await probeSourceSchema(conn);
  return { ...schema, database: info.db, server: info.version, has: (t) => schema.hasTable(t) };
}

/** Throws a one-line error naming the missing tables (and a likely reason) when this is not Magento 2. */
export function assertMagento2(cat: SourceSchema & { database: string }): void {
  const allTables = cat.tables;
  const missing = REQUIRED_TABLES.filter((t) => !cat.hasTable(t));
  if (missing.length === 0) return;
  const where = `database '${cat.database}'`;
  if (allTables.length === 0) {
    throw new MagemigError('NOT_MAGENTO', `${where} is empty: not a Magento 2 database (missing tables: ${missing.join(', ')})`);
  }
  // Magento 1 keeps stores in core_store; Magento 2 in store.
  if (allTables.includes('core_store')) {
    throw new MagemigError('NOT_MAGENTO', `${where} looks like Magento 1 (core_store exists); magemig reads Magento 2 only (missing tables: ${missing.join(', ')})`);
  }
  // Magento supports a table-name prefix set at install time (db-prefix); inspect reads unprefixed names.
  const prefixed = allTables.find((t) => t.endsWith('_catalog_product_entity'));
  const prefixNote = prefixed ? `; tables look prefixed ('${prefixed.slice(0, -'catalog_product_entity'.length)}'), which magemig does not support yet` : '';
  throw new MagemigError(
    'NOT_MAGENTO',
    `${where} is not a Magento 2 database: missing ${missing.length} of ${REQUIRED_TABLES.length} required tables (${missing.join(', ')})${prefixNote}`,
  );
}

/** Adobe Commerce (staging) keys catalog_product_entity by row_id; Open Source has no such column. */
export function detectEdition(cat: SourceSchema): Edition {
  return cat.hasColumn('catalog_product_entity', 'row_id') ? 'commerce' : 'opensource';
}
