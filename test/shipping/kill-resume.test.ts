/**
 * The kill test (test/fixtures/kill-harness.ts) on the shipping service: a generated store's migration
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
  dbs = await createTestDatabases('killship');
  await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', force: true });
});
afterAll(async () => {
  await dbs?.cleanup();
});

describe('the shipping migration killed with SIGKILL', () => {
  it('resumes to exactly the content of an uninterrupted run', async () => {
    const points: KillPoint[] = [{ duringSetup: true }, { afterBatches: 2 }, { midTransactionAfterBatches: 4 }, { midTransactionAfterBatches: 9 }, { afterBatches: 14 }];
    const outcome = await killAndResume(
      {
        service: 'shipping',
        killPoints: points,
        lockTable: 'tablerate',
        spawnRun: childCommand({ module: join(import.meta.dirname, '..', '..', 'pipeline', 'shipping', 'index.ts'), export: 'shippingMigration', source: dbs.mysqlUrl, target: dbs.pgUrl, batchSize: 2, requireMagento: true }),
      },
      dbs.pgPrefix,
    );
    expect(outcome.referenceBatches).toBeGreaterThan(14);
    const expected = [0, 2, 4, 9, 14];
    for (const [i, k] of outcome.kills.entries()) expect(k, JSON.stringify(k)).toEqual({ point: points[i], killed: true, batchesAtKill: expected[i], batchesAfter: expected[i] });
    expect(outcome.final).toEqual(outcome.reference);
    expect(outcome.rerun).toEqual(outcome.reference);
    expect(outcome.final['public.carrier_config'].rows).toBe(22);
  });
});
