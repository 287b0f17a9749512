/**
 * The kill test (test/fixtures/kill-harness.ts) on the checkout service (--carts-since 2024-03-01): a generated
 * store's migration SIGKILLed during setup, between batches and inside a batch's transaction, resumed to
 * exactly the content of an uninterrupted run; a rerun changes nothing.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSource } from '../../generator/index.ts';
import { childCommand, killAndResume, type KillPoint } from '../fixtures/kill-harness.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

let dbs: TestDatabases;
beforeAll(async () => {
  dbs = await createTestDatabases('killcheck');
  await seedSource({ source: dbs.mysqlUrl, profile: 'small', force: true });
});
afterAll(async () => {
  await dbs?.cleanup();
});

describe('the checkout migration killed with SIGKILL', () => {
  it('resumes to exactly the content of an uninterrupted run', async () => {
    const points: KillPoint[] = [{ duringSetup: true }, { afterBatches: 2 }, { midTransactionAfterBatches: 3 }, { midTransactionAfterBatches: 6 }, { afterBatches: 9 }];
    const outcome = await killAndResume(
      {
        service: 'checkout',
        killPoints: points,
        lockTable: 'cart_item',
        spawnRun: childCommand({ module: join(import.meta.dirname, '..', '..', 'pipeline', 'checkout', 'index.ts'), export: 'checkoutMigration', args: ['2024-03-01'], source: dbs.mysqlUrl, target: dbs.pgUrl, batchSize: 4, requireMagento: true }),
      },
      dbs.pgPrefix,
    );
    expect(outcome.referenceBatches).toBeGreaterThan(9);
    const expected = [0, 2, 3, 6, 9];
    for (const [i, k] of outcome.kills.entries()) expect(k, JSON.stringify(k)).toEqual({ point: points[i], killed: true, batchesAtKill: expected[i], batchesAfter: expected[i] });
    expect(outcome.final).toEqual(outcome.reference);
    expect(outcome.rerun).toEqual(outcome.reference);
    expect(outcome.final['public.cart'].rows).toBeGreaterThan(20);
  });
});
