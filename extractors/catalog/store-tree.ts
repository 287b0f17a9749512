/**
 * Reads Magento's store tree (websites, groups, store views) and the config values a store view needs.
 * Small lookup tables: read whole, memoised per run so every catalog entity shares one read.
 */
import type { MysqlConnection } from '../../core/mysql.ts';
import type { SourceContext } from '../../pipeline/types.ts';
import { queryCount, queryRows } from './store-catalog-sql.ts';

export interface SourceWebsite {
  website_id: number;
  code: string | null;
  name: string | null;
  sort_order: number;
  default_group_id: number;
  is_default: number | null;
}

export interface SourceStoreGroup {
  group_id: number;
  website_id: number;
  name: string;
  root_category_id: number;
  default_store_id: number;
  /** Absent before Magento 2.2. */
  code?: string | null;
}

export interface SourceStoreView {
  store_id: number;
  code: string | null;
  website_id: number;
  group_id: number;
  name: string;
  sort_order: number;
  is_active: number;
}

export interface SourceConfigValue {
  scope: string;
  scope_id: number;
  path: string;
  value: string | null;
}

export interface SourceStoreTree {
  websites: SourceWebsite[];
  groups: SourceStoreGroup[];
  views: SourceStoreView[];
  config: SourceConfigValue[];
  /** false when core_config_data does not exist (defaults apply). */
  hasConfigTable: boolean;
}

export async function readStoreTree(conn: MysqlConnection): Promise<SourceStoreTree> {
  const num = <T extends object>(rows: T[], keys: Array<keyof T>): T[] => {
    for (const r of rows) for (const k of keys) (r as Record<keyof T, unknown>)[k] = Number(r[k] ?? 0);
    return rows;
  };
  const websites = num(await queryRows<SourceWebsite>(conn, 'store-websites'), ['website_id', 'sort_order', 'default_group_id']);
  const groups = num(await queryRows<SourceStoreGroup>(conn, 'store-groups'), ['group_id', 'website_id', 'root_category_id', 'default_store_id']);
  const views = num(await queryRows<SourceStoreView>(conn, 'store-views'), ['store_id', 'website_id', 'group_id', 'sort_order', 'is_active']);
  const hasConfigTable = (await queryCount(conn, 'store-config-table')) > 0;
  const config = hasConfigTable ? num(await queryRows<SourceConfigValue>(conn, 'store-config'), ['scope_id']) : [];
  return { websites, groups, views, config, hasConfigTable };
}

/** The store tree of this run, read once. */
export function storeTreeOf(src: SourceContext): Promise<SourceStoreTree> {
  return src.memo('catalog.storeTree', () => readStoreTree(src.conn));
}
