/** The website / store group / store view tree, with each group's root category and default store. */
import type { MysqlConnection } from '../../core/mysql.ts';
import type { Edition } from '../../core/batch.ts';
import type { SchemaColumns } from '../../sql/template.ts';
import type { Website } from './report.ts';
import * as inspect from '../../sql/source/inspect/index.ts';
import { renderSql } from '../../sql/template.ts';

type Row = Record<string, unknown>;

async function rows(conn: MysqlConnection, sql: string): Promise<Row[]> {
  const [r] = await conn.query(sql);
  return r as Row[];
}

export async function readStoreTree(conn: MysqlConnection, edition: Edition, schema: SchemaColumns): Promise<Website[]> {
  const websites = await rows(conn, renderSql(inspect.websites));
  const groups = await rows(conn, renderSql(inspect.storeGroups, { schema }));
  const views = await rows(conn, renderSql(inspect.storeViews));
  const key = edition === 'commerce' ? 'row_id' : 'entity_id';
  const names = new Map<number, string>();
  for (const r of await rows(conn, renderSql(inspect.rootCategoryNames, { idents: { key } }))) names.set(Number(r.entity_id), String(r.name));

  return websites.map((w) => ({
    id: Number(w.website_id),
    code: String(w.code),
    name: String(w.name),
    isDefault: Number(w.is_default) === 1,
    defaultGroupId: Number(w.default_group_id),
    groups: groups
      .filter((g) => Number(g.website_id) === Number(w.website_id))
      .map((g) => ({
        id: Number(g.group_id),
        code: String(g.code ?? ''),
        name: String(g.name),
        rootCategoryId: Number(g.root_category_id),
        rootCategoryName: names.get(Number(g.root_category_id)) ?? null,
        defaultStoreId: Number(g.default_store_id),
        stores: views
          .filter((s) => Number(s.group_id) === Number(g.group_id))
          .map((s) => ({
            id: Number(s.store_id),
            code: String(s.code),
            name: String(s.name),
            isActive: Number(s.is_active) === 1,
            sortOrder: Number(s.sort_order),
          })),
      })),
  }));
}
