/**
 * Small helpers shared by the store, attribute and category extractors: run one of sql/source/catalog/*.sql with `?` values
 * (mysql2 expands arrays for IN (?)) and get plain rows back.
 */
import type { MysqlConnection } from '../../core/mysql.ts';
import { loadSql } from '../../sql/index.ts';

export type SourceRow = Record<string, unknown>;

export function catalogSql(name: string): string {
  return loadSql(`source/catalog/${name}`);
}

export async function queryRows<T = SourceRow>(conn: MysqlConnection, name: string, values: unknown[] = []): Promise<T[]> {
  const [rows] = await conn.query(catalogSql(name), values);
  return rows as T[];
}

/** For `SELECT COUNT(*) AS n` queries. */
export async function queryCount(conn: MysqlConnection, name: string, values: unknown[] = []): Promise<number> {
  const rows = await queryRows<{ n: number | string }>(conn, name, values);
  return Number(rows[0]?.n ?? 0);
}
