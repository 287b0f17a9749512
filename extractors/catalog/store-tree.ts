/**
 * Reads Magento's store tree (websites, groups, store views) and the config values a store view needs.
 * Small lookup tables: read whole once per run (the pipeline memoises it).
 */
import type { MysqlConnection } from '../../core/mysql.ts';
import { storeConfig, storeGroups, storeViews, storeWebsites, type SourceStoreTree } from '../../sql/source/catalog/index.ts';
import { readRows } from '../query.ts';
import type { SourceSchema } from '../source-schema.ts';

export async function readStoreTree(conn: MysqlConnection, schema: SourceSchema): Promise<SourceStoreTree> {
  const num = <T extends object>(rows: T[], keys: Array<keyof T>): T[] => {
    for (const r of rows) for (const k of keys) (r as Record<keyof T, unknown>)[k] = Number(r[k] ?? 0);
    return rows;
  };
  const websites = num(await readRows(conn, storeWebsites), ['website_id', 'sort_order', 'default_group_id']);
  const groups = num(await readRows(conn, storeGroups, {}, { schema }), ['group_id', 'website_id', 'root_category_id', 'default_store_id']);
  const views = num(await readRows(conn, storeViews), ['store_id', 'website_id', 'group_id', 'sort_order', 'is_active']);
  const hasConfigTable = schema.hasTable('core_config_data');
  const config = hasConfigTable ? num(await readRows(conn, storeConfig), ['scope_id']) : [];
  return { websites, groups, views, config, hasConfigTable };
}
