/** The benchmark's own Postgres databases, dropped and created between runs (never timed). */
import type { ConnectionUrl } from '../core/connection-url.ts';
import { connectPg, quotePgIdent } from '../core/postgres.ts';

function assertOwned(database: string): void {
  if (!database.startsWith('magemig_bench_')) throw new Error(`refusing to drop a database outside magemig_bench_*: ${database}`);
}

export async function recreatePgDatabase(server: ConnectionUrl, database: string): Promise<void> {
  assertOwned(database);
  const admin = await connectPg({ ...server, database: 'postgres' });
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quotePgIdent(database)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${quotePgIdent(database)}`);
  } finally {
    await admin.end();
  }
}

export async function dropPgDatabase(server: ConnectionUrl, database: string): Promise<void> {
  assertOwned(database);
  const admin = await connectPg({ ...server, database: 'postgres' });
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quotePgIdent(database)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
