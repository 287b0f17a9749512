import mysql from 'mysql2/promise';
import type { Connection, ConnectionOptions } from 'mysql2/promise';
import { MagemigError } from './errors.ts';
import { describeConnection, parseConnectionUrl, type ConnectionUrl } from './connection-url.ts';

export type MysqlConnection = Connection;

function options(c: ConnectionUrl, extra: Partial<ConnectionOptions> = {}): ConnectionOptions {
  return {
    host: c.host,
    port: c.port,
    user: c.user,
    password: c.password,
    database: c.database || undefined,
    charset: 'utf8mb4',
    // Magento stores datetimes in UTC; read them as strings so no timezone shifts and zero dates survive.
    dateStrings: true,
    // DECIMAL as exact strings, BIGINT ids as numbers only when they fit.
    decimalNumbers: false,
    supportBigNumbers: true,
    bigNumberStrings: false,
    multipleStatements: false,
    ...extra,
  };
}

/** Maps driver errors to one-line messages with no password and no stack. */
export function translateMysqlError(err: unknown, c: ConnectionUrl): MagemigError {
  const e = err as { code?: string; errno?: number; message?: string };
  const where = describeConnection(c);
  switch (e.code) {
    case 'ECONNREFUSED':
      return new MagemigError('SOURCE_UNREACHABLE', `cannot reach MySQL/MariaDB at ${c.host}:${c.port} (connection refused)`, 'fatal', { cause: err });
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new MagemigError('SOURCE_UNREACHABLE', `cannot resolve MySQL/MariaDB host ${c.host}`, 'fatal', { cause: err });
    case 'ETIMEDOUT':
      return new MagemigError('SOURCE_UNREACHABLE', `timed out connecting to MySQL/MariaDB at ${c.host}:${c.port}`, 'retryable', { cause: err });
    case 'ER_ACCESS_DENIED_ERROR':
      return new MagemigError('SOURCE_AUTH', `access denied for ${where} (check user and password)`, 'fatal', { cause: err });
    case 'ER_DBACCESS_DENIED_ERROR':
      // The password was right; the user has no privilege on this database (or it does not exist).
      return new MagemigError('SOURCE_AUTH', `user '${c.user}' has no access to database '${c.database}' on ${c.host}:${c.port} (grant it SELECT)`, 'fatal', { cause: err });
    case 'ER_BAD_DB_ERROR':
      return new MagemigError('SOURCE_NO_DATABASE', `database '${c.database}' does not exist on ${c.host}:${c.port}`, 'fatal', { cause: err });
    default:
      return new MagemigError('SOURCE_ERROR', `MySQL/MariaDB error on ${where}: ${e.message ?? String(err)}`, 'fatal', { cause: err });
  }
}

/**
 * Opens the Magento source. readOnly sessions refuse writes, so a SELECT-only user is enough and a bug
 * cannot damage the store.
 */
export async function openSource(url: string, opts: { readOnly?: boolean; needDatabase?: boolean } = {}): Promise<{ conn: MysqlConnection; url: ConnectionUrl }> {
  const c = parseConnectionUrl(url, 'mysql');
  if (opts.needDatabase !== false && !c.database) {
    throw new MagemigError('BAD_URL', 'the source URL names no database: mysql://USER:PASS@HOST:PORT/DB');
  }
  let conn: MysqlConnection;
  try {
    conn = await mysql.createConnection(options(c));
  } catch (err) {
    throw translateMysqlError(err, c);
  }
  await conn.query("SET SESSION sql_mode = ''");
  await conn.query("SET time_zone = '+00:00'");
  if (opts.readOnly !== false) await conn.query('SET SESSION TRANSACTION READ ONLY');
  return { conn, url: c };
}

/** A connection on the server with no database selected (to create the seed's database). */
export async function openServer(c: ConnectionUrl): Promise<MysqlConnection> {
  try {
    return await mysql.createConnection(options({ ...c, database: '' }, { multipleStatements: true }));
  } catch (err) {
    throw translateMysqlError(err, c);
  }
}

export function quoteMysqlIdent(name: string): string {
  return '`' + name.replace(/`/g, '``') + '`';
}
