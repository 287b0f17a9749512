/**
 * `serve` answers from tables that the service's schema migrations create (read models among them), and it
 * never changes a schema itself: the migration run applies them (and fills new read models from the rows).
 * A database migrated by an older magemig therefore lacks the newest ones; starting on it would fail request
 * by request, so the server refuses to start and names what is missing.
 */
import { readdir } from 'node:fs/promises';
import { MagemigError } from '../../core/errors.ts';
import type { Queryable } from './db.ts';
import type { ServiceModule } from './service.ts';

export async function missingSchemaMigrations(service: ServiceModule, db: Queryable): Promise<string[]> {
  const files = (await readdir(service.migrationsDir)).filter((n) => n.endsWith('.sql')).sort();
  const { rows } = await db.query<{ applied: string[] | null }>(
    "SELECT CASE WHEN to_regclass('magemig.schema_migrations') IS NULL THEN NULL ELSE (SELECT array_agg(name) FROM magemig.schema_migrations) END AS applied",
  );
  const applied = new Set(rows[0]?.applied ?? []);
  return files.filter((f) => !applied.has(f));
}

export async function assertSchemaCurrent(service: ServiceModule, db: Queryable, database: string): Promise<void> {
  const missing = await missingSchemaMigrations(service, db);
  if (missing.length === 0) return;
  throw new MagemigError(
    'SCHEMA_BEHIND',
    `database '${database}' lacks the ${service.name} service's schema migration${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: run magemig migrate --only ${service.name} (it applies them to the migrated rows and resumes; nothing is loaded twice)`,
  );
}
