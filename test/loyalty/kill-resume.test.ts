/**
 * The kill test (test/fixtures/kill-harness.ts) on the loyalty service (Adobe Commerce store): a generated store's migration
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
  dbs = await createTestDatabases('killloyal');
  await seedSource({ source: dbs.mysqlUrl, profile: 'small', edition: 'commerce', force: true });
});
afterAll(async () => {
  await dbs?.cleanup();
});

describe('the loyalty migration killed with SIGKILL', () => {
  it('resumes to exactly the content of an uninterrupted run', async () => {
    const points: KillPoint[] = [{ duringSetup: true }, { afterBatches: 2 }, { midTransactionAfterBatches: 4 }, { midTransactionAfterBatches: 9 }, { afterBatches: 14 }];
    const outcome = await killAndResume(
      {
        service: 'loyalty',
        killPoints: points,
        lockTable: 'reward_history',
        spawnRun: childCommand({ module: join(import.meta.dirname, '..', '..', 'pipeline', 'loyalty', 'index.ts'), export: 'loyaltyMigration', source: dbs.mysqlUrl, target: dbs.pgUrl, batchSize: 10, requireMagento: true }),
      },
      dbs.pgPrefix,
    );
    expect(outcome.referenceBatches).toBeGreaterThan(14);
    const expected = [0, 2, 4, 9, 14];
    for (const [i, k] of outcome.kills.entries()) expect(k, JSON.stringify(k)).toEqual({ point: points[i], killed: true, batchesAtKill: expected[i], batchesAfter: expected[i] });
    // Adobe Commerce: each fresh run records the staging version it started at (now), so the reference run's
    // run_settings row differs from the killed run's by that instant alone; every other table must be identical.
    const { 'magemig.run_settings': _a, ...reference } = outcome.reference;
    const { 'magemig.run_settings': _b, ...final } = outcome.final;
    const { 'magemig.run_settings': _c, ...rerun } = outcome.rerun;
    expect(final).toEqual(reference);
    expect(rerun).toEqual(reference);
    expect(outcome.final['public.store_credit_history'].rows).toBeGreaterThan(90);
  });
});
