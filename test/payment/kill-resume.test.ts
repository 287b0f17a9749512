/**
 * The kill test (test/fixtures/kill-harness.ts) on the payment service: a generated store's migration (vault tokens sealed with a key in the environment)
 * SIGKILLed during setup, between batches and inside a batch's transaction, resumed to exactly the content
 * of an uninterrupted run; a rerun changes nothing.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSource } from '../../generator/index.ts';
import { childCommand, killAndResume, type KillPoint } from '../fixtures/kill-harness.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

let dbs: TestDatabases;
beforeAll(async () => {
  // The child runs inherit it: every run seals with the same key, so the rows are identical.
  process.env.MAGEMIG_PAYMENT_KEY = randomBytes(32).toString('base64');
  dbs = await createTestDatabases('killpay');
  await seedSource({ source: dbs.mysqlUrl, profile: 'small', force: true });
});
afterAll(async () => {
  delete process.env.MAGEMIG_PAYMENT_KEY;
  await dbs?.cleanup();
});

describe('the payment migration killed with SIGKILL', () => {
  it('resumes to exactly the content of an uninterrupted run', async () => {
    const points: KillPoint[] = [{ duringSetup: true }, { afterBatches: 2 }, { midTransactionAfterBatches: 4 }, { midTransactionAfterBatches: 9 }, { afterBatches: 14 }];
    const outcome = await killAndResume(
      {
        service: 'payment',
        killPoints: points,
        lockTable: 'payment',
        spawnRun: childCommand({ module: join(import.meta.dirname, '..', '..', 'pipeline', 'payment', 'index.ts'), export: 'paymentMigration', source: dbs.mysqlUrl, target: dbs.pgUrl, batchSize: 5, requireMagento: true }),
      },
      dbs.pgPrefix,
    );
    expect(outcome.referenceBatches).toBeGreaterThan(14);
    const expected = [0, 2, 4, 9, 14];
    for (const [i, k] of outcome.kills.entries()) expect(k, JSON.stringify(k)).toEqual({ point: points[i], killed: true, batchesAtKill: expected[i], batchesAfter: expected[i] });
    expect(outcome.final).toEqual(outcome.reference);
    expect(outcome.rerun).toEqual(outcome.reference);
    expect(outcome.final['public.vault_token'].rows).toBeGreaterThan(40);
  });
});
