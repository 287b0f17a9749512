/** What the flat-table services' tests share: a migrated source served over fastify inject. */
import { parseTarget } from '../../core/postgres.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import type { RunReport } from '../../pipeline/report.ts';
import type { ContextMigration } from '../../pipeline/types.ts';
import { buildHttpServer, type HttpServer } from '../../services/kit/index.ts';
import type { TestDatabases } from '../support/databases.ts';
import { testAuth } from '../support/tokens.ts';

export async function migrateAndServe(dbs: TestDatabases, context: ContextMigration, batchSize = 50): Promise<{ report: RunReport; server: HttpServer }> {
  const report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [context], batchSize });
  if (report.status !== 'completed') throw new Error(`migration failed: ${report.error}`);
  const server = await buildHttpServer({ target: parseTarget(dbs.pgUrl), prefix: dbs.pgPrefix, services: [context.service], auth: testAuth() });
  return { report, server };
}
