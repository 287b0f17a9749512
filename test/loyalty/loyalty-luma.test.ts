/**
 * The loyalty service on the real Luma 2.4.2 dump (Magento Open Source): none of Adobe Commerce's reward,
 * store credit or gift card tables exist there, so the context reads nothing, its counts add up at zero and
 * its report names the absent tables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import { loyaltyMigration } from '../../pipeline/loyalty/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { migrateAndServe } from '../content/service-support.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';
import { staffHeaders } from '../support/tokens.ts';

describe.skipIf(!lumaAvailable)('loyalty service on the Luma dump', () => {
  let dbs: TestDatabases;
  let report: RunReport;
  let server: HttpServer;
  beforeAll(async () => {
    dbs = await createTestDatabases('loyalluma');
    await loadLumaDump(dbs.mysqlDatabase);
    ({ report, server } = await migrateAndServe(dbs, loyaltyMigration, 100));
  });
  afterAll(async () => {
    await server?.close();
    await dbs?.cleanup();
  });

  it('reads nothing from an Open Source store and names the absent tables', async () => {
    expect(report.status).toBe('completed');
    expect(report.services[0].entities.map((e) => [e.entity, e.sourceCount, e.loaded])).toEqual([
      ['rewards', 0, 0], ['reward_history', 0, 0], ['store_credit', 0, 0], ['store_credit_history', 0, 0], ['gift_cards', 0, 0], ['gift_card_history', 0, 0],
    ]);
    expect(report.services[0].reconciliation!.notes).toHaveLength(3);
    expect(report.services[0].reconciliation!.rows).toEqual([]);
    const res = await server.app.inject({ url: `/loyalty/${entityUuid('customer', 1)}`, headers: await staffHeaders(['loyalty']) });
    expect(res.json()).toMatchObject({ rewards: [], store_credit: [] });
  });
});
