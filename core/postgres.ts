import pg from 'pg';
import { MagemigError } from './errors.ts';
import { describeConnection, parseConnectionUrl, type ConnectionUrl } from './connection-url.ts';

export type PgClient = pg.Client;

export function translatePgError(err: unknown, c: ConnectionUrl): MagemigError {
  const e = err as { code?: string; message?: string };
  const where = describeConnection(c);
  switch (e.code) {
    case 'ECONNREFUSED':
      return new MagemigError('TARGET_UNREACHABLE', `cannot reach Postgres at ${c.host}:${c.port} (connection refused)`, 'fatal', { cause: err });
    case 'ENOTFOUND':
      return new MagemigError('TARGET_UNREACHABLE', `cannot resolve Postgres host ${c.host}`, 'fatal', { cause: err });
    case '28P01':
    case '28000':
      return new MagemigError('TARGET_AUTH', `authentication failed for ${where}`, 'fatal', { cause: err });
    case '3D000':
      return new MagemigError('TARGET_NO_DATABASE', `database '${c.database}' does not exist on ${c.host}:${c.port}`, 'fatal', { cause: err });
    default:
      return new MagemigError('TARGET_ERROR', `Postgres error on ${where}: ${e.message ?? String(err)}`, 'fatal', { cause: err });
  }
}

export async function connectPg(c: ConnectionUrl): Promise<PgClient> {
  const client = new pg.Client({ host: c.host, port: c.port, user: c.user, password: c.password || undefined, database: c.database || 'postgres' });
  try {
    await client.connect();
  } catch (err) {
    throw translatePgError(err, c);
  }
  return client;
}

export function parseTarget(url: string): ConnectionUrl {
  return parseConnectionUrl(url, 'postgres');
}

export function quotePgIdent(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}

/** Creates the database when missing (CREATE DATABASE has no IF NOT EXISTS in Postgres). */
export async function ensurePgDatabase(server: ConnectionUrl, database: string): Promise<boolean> {
  const admin = await connectPg({ ...server, database: 'postgres' });
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) return false;
    try {
      await admin.query(`CREATE DATABASE ${quotePgIdent(database)}`);
    } catch (err) {
      // Another process created it between our check and our CREATE.
      if ((err as { code?: string }).code !== '42P04') throw err;
      return false;
    }
    return true;
  } finally {
    await admin.end();
  }
}

export async function pgDatabaseExists(server: ConnectionUrl, database: string): Promise<boolean> {
  const admin = await connectPg({ ...server, database: 'postgres' });
  try {
    return ((await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount ?? 0) > 0;
  } finally {
    await admin.end();
  }
}
