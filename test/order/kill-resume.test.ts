/**
 * The kill test (test/fixtures/kill-harness.ts) on the order service: a generated small store migrated by a
 * child process running pipeline/order/index.ts, SIGKILLed during setup, inside open batch transactions and
 * at checkpoints, then resumed: the final database equals an uninterrupted run's, and a rerun changes nothing.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSource } from '../../generator/index.ts';
import { childCommand, killAndResume, type KillPoint } from '../fixtures/kill-harness.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

let dbs: TestDatabases;

beforeAll(async () => {
  dbs = await createTestDatabases('orderkill');
  await seedSource({ source: dbs.mysqlUrl, profile: 'small', force: true });
});
afterAll(async () => {
  await dbs?.cleanup();
});

describe('magemig migrate of the order service killed with SIGKILL', () => {
  it('resumes to exactly the content of an uninterrupted run', async () => {
    const points: KillPoint[] = [{ duringSetup: true }, { midTransactionAfterBatches: 3 }, { afterBatches: 8 }, { midTransactionAfterBatches: 15 }, { midTransactionAfterBatches: 30 }];
    const outcome = await killAndResume(
      {
        service: 'order',
        killPoints: points,
        // Every batch of the order entities writes sales_order or a document table; the gate holds the
        // transaction at the checkpoint for the others.
        spawnRun: childCommand({
          module: join(import.meta.dirname, '..', '..', 'pipeline', 'order', 'index.ts'),
          export: 'orderMigration',
          source: dbs.mysqlUrl,
          target: dbs.pgUrl,
          batchSize: 5,
          requireMagento: true,
        }),
      },
      dbs.pgPrefix,
    );
    expect(outcome.referenceBatches).toBeGreaterThan(30);
    const expected = [0, 3, 8, 15, 30];
    for (const [i, k] of outcome.kills.entries()) {
      expect(k, JSON.stringify(k)).toEqual({ point: points[i], killed: true, batchesAtKill: expected[i], batchesAfter: expected[i] });
    }
    expect(outcome.final).toEqual(outcome.reference);
    expect(outcome.rerun).toEqual(outcome.reference);
    expect(outcome.reference['public.sales_order'].rows).toBeGreaterThan(70);
  });
});
