/**
 * Schema migrations of a service database: first the bookkeeping schema (sql/bookkeeping/migrations, recorded
 * as "bookkeeping/NNN_x.sql"), then the service's own (its migrations folder, recorded by file name). The .sql
 * files of a folder are applied in file-name order, each once, each in its own transaction together with its
 * row in magemig.schema_migrations (a kill in the middle leaves the migration either applied and recorded, or
 * neither). 000_*.sql files of the bookkeeping are idempotent and run every time: they create the record itself.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MagemigError } from '../core/errors.ts';
import type { PgClient } from '../core/postgres.ts';
import { quotePgIdent } from '../core/postgres.ts';
import { appliedMigrationsQuery, recordMigrationQuery, sequenceColumnsQuery, serviceTablesQuery } from '../sql/bookkeeping/index.ts';
import { SQL_ROOT } from '../sql/files.ts';

export const BOOKKEEPING_MIGRATIONS = join(SQL_ROOT, 'bookkeeping', 'migrations');
const BOOKKEEPING_PREFIX = 'bookkeeping/';

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrations(dir: string, prefix = ''): Promise<MigrationFile[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.sql'));
  } catch (err) {
    throw new MagemigError('NO_MIGRATIONS', `cannot read the migrations folder ${dir}: ${(err as Error).message}`, 'fatal', { cause: err });
  }
  // Code-point order, not locale order: 010_x after 009_x on every machine.
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: MigrationFile[] = [];
  for (const name of names) {
    const sql = await readFile(join(dir, name), 'utf8');
    files.push({ name: prefix + name, sql, checksum: createHash('sha256').update(sql).digest('hex') });
  }
  return files;
}

export interface MigrationOutcome {
  /** The service's migrations applied now (the bookkeeping's are in `bookkeepingApplied`). */
  applied: string[];
  bookkeepingApplied?: string[];
  /** Already applied, but the file changed since: reported, never re-applied. */
  changed: string[];
}

/** The bookkeeping schema, up to date (also used by tests that prepare a database the way a run would). */
export async function ensureBookkeeping(client: PgClient): Promise<MigrationOutcome> {
  return applyFolder(client, await readMigrations(BOOKKEEPING_MIGRATIONS, BOOKKEEPING_PREFIX));
}

/** The bookkeeping schema, then the service's migrations not yet recorded. */
export async function applyMigrations(client: PgClient, dir: string): Promise<MigrationOutcome> {
  const bookkeeping = await ensureBookkeeping(client);
  const service = await applyFolder(client, await readMigrations(dir));
  return { applied: service.applied, bookkeepingApplied: bookkeeping.applied, changed: [...bookkeeping.changed, ...service.changed] };
}

async function applyFolder(client: PgClient, files: MigrationFile[]): Promise<MigrationOutcome> {
  const outcome: MigrationOutcome = { applied: [], changed: [] };
  const always = files.filter((f) => f.name.startsWith(`${BOOKKEEPING_PREFIX}000_`));
  for (const f of always) await client.query(f.sql);
  const { rows } = await client.query<{ name: string; checksum: string }>(appliedMigrationsQuery.text);
  const done = new Map(rows.map((r) => [r.name, r.checksum]));
  for (const f of files) {
    if (always.includes(f)) continue;
    const recorded = done.get(f.name);
    if (recorded !== undefined) {
      if (recorded !== f.checksum) outcome.changed.push(f.name);
      continue;
    }
    await client.query('BEGIN');
    try {
      await client.query(f.sql);
      await client.query(recordMigrationQuery.text, [f.name, f.checksum]);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      const e = err as { message?: string };
      throw new MagemigError('MIGRATION_FAILED', `migration ${f.name} failed: ${e.message ?? String(err)}`, 'fatal', { cause: err });
    }
    outcome.applied.push(f.name);
  }
  return outcome;
}

/** Every table of the service's own schemas (all but magemig and the system schemas), schema-qualified. */
export async function serviceTables(client: PgClient): Promise<string[]> {
  const { rows } = await client.query<{ schemaname: string; tablename: string }>(serviceTablesQuery.text);
  return rows.map((r) => `${quotePgIdent(r.schemaname)}.${quotePgIdent(r.tablename)}`);
}

/**
 * Columns filled from a sequence (serial, identity): a value consumed by a rolled-back batch is not given
 * back, so a resumed run would differ from an uninterrupted one. Reported as a warning.
 */
export async function sequenceColumns(client: PgClient): Promise<string[]> {
  const { rows } = await client.query<{ col: string }>(sequenceColumnsQuery.text);
  return rows.map((r) => r.col);
}

/** --restart: empties the service's tables and the bookkeeping (not the record of applied migrations). */
export async function truncateServiceData(client: PgClient): Promise<string[]> {
  const tables = await serviceTables(client);
  const all = [...tables, 'magemig.checkpoint', 'magemig.rejects', 'magemig.id_map', 'magemig.runs', 'magemig.run_settings', 'magemig.partitions'];
  await client.query(`TRUNCATE ${all.join(', ')} RESTART IDENTITY CASCADE`);
  return tables;
}
