/**
 * What this Magento database has: its tables and their columns, read once per run from information_schema
 * (sql/source/schema/columns.sql). Magento 2.1 lacks columns that 2.2+ added (store_group.code,
 * catalog_product_entity_tier_price.percentage_value...), MSI tables exist only where MSI is installed, and
 * Adobe Commerce has row_id where Open Source has none: queries ask the probe rather than assume a version.
 *
 *   const schema = await probeSourceSchema(conn);
 *   schema.hasTable('inventory_source_item');            // false on a store without MSI
 *   schema.hasColumn('store_group', 'code');              // false on 2.1
 *   renderSql(query, { schema })                          // {{col:g.code@store_group}} -> g.`code` or NULL
 */
import type { MysqlConnection } from '../core/mysql.ts';
import type { SchemaColumns } from '../sql/template.ts';
import { schemaColumns } from '../sql/source/schema/index.ts';

export interface SourceSchema extends SchemaColumns {
  hasTable(table: string): boolean;
  /** The table's columns in their order (empty when the table does not exist). */
  columns(table: string): readonly string[];
  readonly tables: readonly string[];
}

export function schemaOf(columns: ReadonlyArray<{ table_name: string; column_name: string }>): SourceSchema {
  const byTable = new Map<string, string[]>();
  for (const { table_name: t, column_name: c } of columns) {
    let list = byTable.get(t);
    if (!list) byTable.set(t, (list = []));
    list.push(c);
  }
  const sets = new Map([...byTable].map(([t, cols]) => [t, new Set(cols)]));
  return {
    tables: [...byTable.keys()],
    hasTable: (t) => byTable.has(t),
    hasColumn: (t, c) => sets.get(t)?.has(c) ?? false,
    columns: (t) => byTable.get(t) ?? [],
  };
}

export async function probeSourceSchema(conn: MysqlConnection): Promise<SourceSchema> {
  const [rows] = await conn.query(schemaColumns.text);
  return schemaOf(rows as Array<{ table_name: string; column_name: string }>);
}
