/** A context migrated into the test file's databases, read as its service reads it. */
import pg from 'pg';
import { expect } from 'vitest';
import { parseTarget } from '../../core/postgres.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import type { ContextMigration } from '../../pipeline/types.ts';
import type { TestDatabases } from './databases.ts';

/** Runs the context's migration (it must complete), then opens a pool on its service database, 4 connections as a service would. */
export async function migrateToPool(dbs: TestDatabases, context: ContextMigration, batchSize: number): Promise<pg.Pool> {
  const report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [context], batchSize });
  expect(report.status, report.error).toBe('completed');
  return new pg.Pool({ ...parseTarget(dbs.pgUrl), database: `${dbs.pgPrefix}_${context.name}`, max: 4 });
}
