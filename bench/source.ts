/** What the benchmark needs to know about the source tables: existence, rows, bytes, columns, keys. */
import type { MysqlConnection } from '../core/mysql.ts';
import { quoteMysqlIdent } from '../core/mysql.ts';

export interface SourceColumn {
  name: string;
  /** information_schema DATA_TYPE: int, varchar, decimal, datetime, ... */
  dataType: string;
  /** COLUMN_TYPE: int(10) unsigned, decimal(20,6), ... */
  columnType: string;
}

export interface SourceTable {
  name: string;
  rows: number;
  bytes: number;
  columns: SourceColumn[];
  primaryKey: string[];
}

/**
 * Reads the given tables' metadata and exact row counts (COUNT(*), not the InnoDB estimate, since the
 * row counts are the benchmark's denominator). Tables absent from the source come back in `missing`.
 */
export async function describeSourceTables(conn: MysqlConnection, database: string, tables: string[]): Promise<{ found: SourceTable[]; missing: string[] }> {
  if (tables.length === 0) return { found: [], missing: [] };
  const [tableRows] = await conn.query(
    'SELECT TABLE_NAME AS name, DATA_LENGTH AS bytes FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME IN (?)',
    [database, tables],
  );
  const bytesOf = new Map((tableRows as Array<{ name: string; bytes: number | string }>).map((r) => [r.name, Number(r.bytes)]));
  const [colRows] = await conn.query(
    `SELECT TABLE_NAME AS tbl, COLUMN_NAME AS name, DATA_TYPE AS dataType, COLUMN_TYPE AS columnType, COLUMN_KEY AS colKey
       FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME IN (?) ORDER BY TABLE_NAME, ORDINAL_POSITION`,
    [database, tables],
  );
  const [pkRows] = await conn.query(
    `SELECT TABLE_NAME AS tbl, COLUMN_NAME AS name FROM information_schema.KEY_COLUMN_USAGE
      WHERE TABLE_SCHEMA = ? AND TABLE_NAME IN (?) AND CONSTRAINT_NAME = 'PRIMARY' ORDER BY TABLE_NAME, ORDINAL_POSITION`,
    [database, tables],
  );
  const found: SourceTable[] = [];
  const missing: string[] = [];
  for (const name of tables) {
    if (!bytesOf.has(name)) {
      missing.push(name);
      continue;
    }
    const columns = (colRows as Array<SourceColumn & { tbl: string }>)
      .filter((c) => c.tbl === name)
      .map((c) => ({ name: c.name, dataType: String(c.dataType).toLowerCase(), columnType: String(c.columnType).toLowerCase() }));
    const primaryKey = (pkRows as Array<{ tbl: string; name: string }>).filter((k) => k.tbl === name).map((k) => k.name);
    const [countRows] = await conn.query(`SELECT COUNT(*) AS n FROM ${quoteMysqlIdent(name)}`);
    const rows = Number((countRows as Array<{ n: number | string }>)[0].n);
    found.push({ name, rows, bytes: bytesOf.get(name) ?? 0, columns, primaryKey });
  }
  return { found, missing };
}
