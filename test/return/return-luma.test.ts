/**
 * The return service on the real Luma 2.4.2 dump (Magento Open Source): Adobe Commerce's magento_rma tables
 * do not exist there, so the context reads nothing, its counts add up at zero and its report says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import { returnMigration } from '../../pipeline/return/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { migrateAndServe } from '../content/service-support.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';
import { staffHeaders } from '../support/tokens.ts';

describe.skipIf(!lumaAvailable)('return service on the Luma dump', () => {
  let dbs: TestDatabases;
  let report: RunReport;
  let server: HttpServer;
  beforeAll(async () => {
    dbs = await createTestDatabases('returnluma');
    await loadLumaDump(dbs.mysqlDatabase);
    ({ report, server } = await migrateAndServe(dbs, returnMigration, 100));
  });
  afterAll(async () => {
    await server?.close();
    await dbs?.cleanup();
  });

  it('reads nothing from an Open Source store and says so', async () => {
    expect(report.status).toBe('completed');
    expect(report.services[0].entities.map((e) => [e.entity, e.sourceCount, e.loaded])).toEqual([['returns', 0, 0]]);
    expect(report.services[0].reconciliation!.notes).toEqual(['magento_rma is absent (Adobe Commerce only): no returns read.']);
    const res = await server.app.inject({ url: `/returns?order=${entityUuid('order', 1)}`, headers: await staffHeaders(['returns']) });
    expect(res.json()).toEqual({ order: entityUuid('order', 1), returns: [] });
  });
});
