/** Attributes per entity type, and rows / store-level rows per EAV value table. */
import type { MysqlConnection } from '../../core/mysql.ts';
import type { SchemaCatalog } from './catalog.ts';
import type { AttributeCount, EavValueTable } from './report.ts';
import * as inspect from '../../sql/source/inspect/index.ts';
import { renderSql } from '../../sql/template.ts';

export const BACKEND_TYPES = ['datetime', 'decimal', 'int', 'text', 'varchar'] as const;

export async function readAttributeCounts(conn: MysqlConnection): Promise<AttributeCount[]> {
  const [r] = (await conn.query(renderSql(inspect.attributesByEntityType))) as unknown as [Array<Record<string, unknown>>];
  return r.map((x) => ({
    entityTypeId: Number(x.entity_type_id),
    entityTypeCode: String(x.entity_type_code),
    system: Number(x.system_count),
    userDefined: Number(x.user_defined_count),
    total: Number(x.total),
  }));
}

/**
 * Finds each entity type's value tables that exist and counts their rows and store-level rows in one
 * statement. Customer and address value tables have no store_id (their storeLevelRows is null).
 */
export async function readEavValueTables(conn: MysqlConnection, cat: SchemaCatalog): Promise<EavValueTable[]> {
  const [types] = (await conn.query(renderSql(inspect.entityTypes))) as unknown as [
    Array<{ entity_type_code: string; entity_table: string | null; value_table_prefix: string | null }>,
  ];
  const tables: Array<Omit<EavValueTable, 'rows' | 'storeLevelRows'> & { hasStore: boolean }> = [];
  const seen = new Set<string>();
  for (const t of types) {
    const base = t.value_table_prefix || t.entity_table;
    if (!base) continue;
    for (const backend of BACKEND_TYPES) {
      const table = `${base}_${backend}`;
      if (!cat.has(table) || seen.has(table)) continue;
      seen.add(table);
      tables.push({ entityTypeCode: t.entity_type_code, table, backendType: backend, hasStore: cat.hasColumn(table, 'store_id') });
    }
  }
  if (tables.length === 0) return [];
  const columns = tables.flatMap((t, i) => [
    `${renderSql(inspect.countRows, { idents: { table: t.table } })} AS t${i}_rows`,
    ...(t.hasStore ? [`${renderSql(inspect.countStoreLevel, { idents: { table: t.table, store_id: 'store_id' } })} AS t${i}_store`] : []),
  ]);
  const [r] = (await conn.query(`SELECT ${columns.join(',\n  ')}`)) as unknown as [Array<Record<string, unknown>>];
  const row = r[0] ?? {};
  return tables.map(({ hasStore, ...t }, i) => ({
    ...t,
    rows: Number(row[`t${i}_rows`]),
    storeLevelRows: hasStore ? Number(row[`t${i}_store`]) : null,
  }));
}
