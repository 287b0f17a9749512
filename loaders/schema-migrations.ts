/**
 * A service's schema: the .sql files of its migrations folder, applied in file-name order, each once,
 * each in its own transaction together with its row in magemig.schema_migrations (a kill in the middle
 * leaves the migration either applied and recorded, or neither).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MagemigError } from '../core/errors.ts';
import type { PgClient } from '../core/postgres.ts';
import { quotePgIdent } from '../core/postgres.ts';
import { BOOKKEEPING_SCHEMA } from './bookkeeping.ts';

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrations(dir: string): Promise<MigrationFile[]> {
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
    files.push({ name, sql, checksum: createHash('sha256').update(sql).digest('hex') });
  }
  return files;
}

export interface MigrationOutcome {
  applied: string[];
  /** Already applied, but the file changed since: reported, never re-applied. */
  changed: string[];
}

/** Applies the migrations not yet recorded. Needs ensureBookkeeping() first. */
export async function applyMigrations(client: PgClient, dir: string): Promise<MigrationOutcome> {
  const files = await readMigrations(dir);
  const { rows } = await client.query<{ name: string; checksum: string }>('SELECT name, checksum FROM magemig.schema_migrations');
  const done = new Map(rows.map((r) => [r.name, r.checksum]));
  const outcome: MigrationOutcome = { applied: [], changed: [] };
  for (const f of files) {
    const recorded = done.get(f.name);
    if (recorded !== undefined) {
      if (recorded !== f.checksum) outcome.changed.push(f.name);
      continue;
    }
    await client.query('BEGIN');
    try {
      await client.query(f.sql);
      await client.query('INSERT INTO magemig.schema_migrations (name, checksum) VALUES ($1, $2)', [f.name, f.checksum]);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      const e = err as { message?: string; position?: string };
      throw new MagemigError('MIGRATION_FAILED', `migration ${f.name} failed: ${e.message ?? String(err)}`, 'fatal', { cause: err });
    }
    outcome.applied.push(f.name);
  }
  return outcome;
}

/** Every table of the service's own schemas (all but magemig and the system schemas), schema-qualified. */
export async function serviceTables(client: PgClient): Promise<string[]> {
  const { rows } = await client.query<{ schemaname: string; tablename: string }>(
    `SELECT schemaname, tablename FROM pg_tables
      WHERE schemaname NOT IN ('pg_catalog', 'information_schema', $1) AND schemaname NOT LIKE 'pg\\_%'
      ORDER BY 1, 2`,
    [BOOKKEEPING_SCHEMA],
  );
  return rows.map((r) => `${quotePgIdent(r.schemaname)}.${quotePgIdent(r.tablename)}`);
}

/**
 * Columns filled from a sequence (serial, identity): a value consumed by a rolled-back batch is not given
 * back, so a resumed run would differ from an uninterrupted one. Reported as a warning.
 */
export async function sequenceColumns(client: PgClient): Promise<string[]> {
  const { rows } = await client.query<{ col: string }>(
    `SELECT c.relname || '.' || a.attname AS col
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid AND c.relkind IN ('r', 'p')
       JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', $1) AND n.nspname NOT LIKE 'pg\\_%'
        AND a.attnum > 0 AND NOT a.attisdropped
        AND (a.attidentity <> '' OR pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%')
      ORDER BY 1`,
    [BOOKKEEPING_SCHEMA],
  );
  return rows.map((r) => r.col);
}

/** --restart: empties the service's tables and the bookkeeping (not the record of applied migrations). */
export async function truncateServiceData(client: PgClient): Promise<string[]> {
  const tables = await serviceTables(client);
  const all = [...tables, 'magemig.checkpoint', 'magemig.rejects', 'magemig.id_map', 'magemig.runs', 'magemig.run_settings'];
  await client.query(`TRUNCATE ${all.join(', ')} RESTART IDENTITY CASCADE`);
  return tables;
}
