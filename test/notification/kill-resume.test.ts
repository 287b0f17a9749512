/**
 * The kill test (test/fixtures/kill-harness.ts) on the notification service: a generated store's migration
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
  dbs = await createTestDatabases('killnotif');
  await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', force: true });
});
afterAll(async () => {
  await dbs?.cleanup();
});

describe('the notification migration killed with SIGKILL', () => {
  it('resumes to exactly the content of an uninterrupted run', async () => {
    // Batch size 2: stores (one page), subscriptions two by two, then the templates two by two.
    const points: KillPoint[] = [{ duringSetup: true }, { afterBatches: 1 }, { midTransactionAfterBatches: 2 }, { midTransactionAfterBatches: 4 }, { afterBatches: 7 }];
    const outcome = await killAndResume(
      {
        service: 'notification',
        killPoints: points,
        spawnRun: childCommand({ module: join(import.meta.dirname, '..', '..', 'pipeline', 'notification', 'index.ts'), export: 'notificationMigration', source: dbs.mysqlUrl, target: dbs.pgUrl, batchSize: 2, requireMagento: true }),
      },
      dbs.pgPrefix,
    );
    expect(outcome.referenceBatches).toBeGreaterThan(8);
    const expected = [0, 1, 2, 4, 7];
    for (const [i, k] of outcome.kills.entries()) expect(k, JSON.stringify(k)).toEqual({ point: points[i], killed: true, batchesAtKill: expected[i], batchesAfter: expected[i] });
    expect(outcome.final).toEqual(outcome.reference);
    expect(outcome.rerun).toEqual(outcome.reference);
    expect(outcome.final['public.subscriber'].rows).toBeGreaterThan(5);
    expect(outcome.final['public.mail_template'].rows).toBe(7);
  });
});
