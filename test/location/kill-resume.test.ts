/**
 * The kill test (test/fixtures/kill-harness.ts) on the location service: a generated store's migration
 * SIGKILLed during setup, between batches and inside a batch's transaction, resumed to exactly the content
 * of an uninterrupted run; a rerun changes nothing.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSource } from '../../generator/index.ts';
import { childCommand, killAndResume, type KillPoint } from '../fixtures/kill-harness.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

let dbs: TestDatabases;
beforeAll(async () => {
  dbs = await createTestDatabases('killloc');
  await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', force: true });
});
afterAll(async () => {
  await dbs?.cleanup();
});

describe('the location migration killed with SIGKILL', () => {
  it('resumes to exactly the content of an uninterrupted run', async () => {
    // Batch size 100: stores, settings, countries one batch each, regions 859 -> 9 batches, rates one.
    const points: KillPoint[] = [{ duringSetup: true }, { afterBatches: 2 }, { midTransactionAfterBatches: 3 }, { midTransactionAfterBatches: 7 }, { afterBatches: 11 }];
    const outcome = await killAndResume(
      {
        service: 'location',
        killPoints: points,
        lockTable: 'region',
        spawnRun: childCommand({ module: join(import.meta.dirname, '..', '..', 'pipeline', 'location', 'index.ts'), export: 'locationMigration', source: dbs.mysqlUrl, target: dbs.pgUrl, batchSize: 100, requireMagento: true }),
      },
      dbs.pgPrefix,
    );
    expect(outcome.referenceBatches).toBe(13);
    const expected = [0, 2, 3, 7, 11];
    for (const [i, k] of outcome.kills.entries()) expect(k, JSON.stringify(k)).toEqual({ point: points[i], killed: true, batchesAtKill: expected[i], batchesAfter: expected[i] });
    expect(outcome.final).toEqual(outcome.reference);
    expect(outcome.rerun).toEqual(outcome.reference);
    expect(outcome.final['public.region'].rows).toBe(858);
    expect(outcome.final['public.country'].rows).toBe(249);
  });
});
