/**
 * Runs a source query (sql/source/<context>/*.sql, by its typed name) on a read-only connection: the template
 * is rendered with the source's schema (and any identifiers or fragments the caller owns), `:name` parameters
 * are bound by mysql2 (arrays expand for IN (:ids)).
 *
 *   const rows = await readRows(src.conn, productPage, { after: 0, limit: 1000 }, catalogVars(src));
 */
import type { MysqlConnection } from '../core/mysql.ts';
import type { SqlQuery } from '../sql/query.ts';
import { renderSql, type TemplateVars } from '../sql/template.ts';

// mysql2 binds named parameters from a plain object (its types only know positional arrays).
export type Params = Record<string, unknown>;
type Values = Parameters<MysqlConnection['query']>[1];

const rendered = new WeakMap<SqlQuery<unknown>, string>();

/**
 * The SQL sent: rendered, and without its full-line comments (mysql2's named-placeholder parser does not
 * know SQL comments: an apostrophe in one would hide the parameters after it).
 */
function sqlOf(query: SqlQuery<unknown>, vars?: TemplateVars): string {
  if (!vars) {
    let text = rendered.get(query);
    if (text === undefined) rendered.set(query, (text = stripComments(renderSql(query))));
    return text;
  }
  return stripComments(renderSql(query, vars));
}

export function stripComments(sql: string): string {
  return sql.replace(/^[ \t]*--.*$\n?/gm, '');
}

export async function readRows<R>(conn: MysqlConnection, query: SqlQuery<R>, params: Params = {}, vars?: TemplateVars): Promise<R[]> {
  const [rows] = await conn.query({ sql: sqlOf(query, vars), namedPlaceholders: true }, params as unknown as Values);
  return rows as R[];
}

/** Rows as arrays of values in SELECT order (no object per row: for the big value tables). */
export async function readArrays<T extends unknown[] = unknown[]>(conn: MysqlConnection, query: SqlQuery<unknown>, params: Params = {}, vars?: TemplateVars): Promise<T[]> {
  const [rows] = await conn.query({ sql: sqlOf(query, vars), namedPlaceholders: true, rowsAsArray: true }, params as unknown as Values);
  return rows as unknown as T[];
}

/** For `SELECT COUNT(*) AS n` queries. */
export async function readCount(conn: MysqlConnection, query: SqlQuery<{ n: number | string }>, params: Params = {}, vars?: TemplateVars): Promise<number> {
  const rows = await readRows(conn, query, params, vars);
  return Number(rows[0]?.n ?? 0);
}
