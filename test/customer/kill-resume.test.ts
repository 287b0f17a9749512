/**
 * The kill test (test/fixtures/kill-harness.ts) on the customer context: a generated store with every password
 * format and the customer dirt, migrated by a child process running pipeline/customer's ContextMigration,
 * SIGKILLed at several points (before any batch, inside batches of customers and of addresses, at a
 * checkpoint), then run to completion: the customer database equals an uninterrupted run's.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSource } from '../../generator/index.ts';
import { childCommand, killAndResume, type KillPoint } from '../fixtures/kill-harness.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

const ROOT = join(import.meta.dirname, '..', '..');
let dbs: TestDatabases;

beforeAll(async () => {
  dbs = await createTestDatabases('killcustomer');
  await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', customers: 400, force: true });
}, 240_000);

afterAll(async () => {
  await dbs?.cleanup();
});

describe('the customer migration killed with SIGKILL', () => {
  it('resumes to exactly the content of an uninterrupted run', async () => {
    // 4 one-page entities, then 20 customer batches, then about 28 address batches.
    const points: KillPoint[] = [{ duringSetup: true }, { midTransactionAfterBatches: 5 }, { afterBatches: 12 }, { midTransactionAfterBatches: 30 }];
    const outcome = await killAndResume(
      {
        service: 'customer',
        killPoints: points,
        spawnRun: childCommand({ module: join(ROOT, 'pipeline', 'customer', 'index.ts'), export: 'customerMigration', source: dbs.mysqlUrl, target: dbs.pgUrl, batchSize: 20, requireMagento: true }),
      },
      dbs.pgPrefix,
    );
    expect(outcome.referenceBatches).toBeGreaterThan(30);
    const expected = [0, 5, 12, 30];
    for (const [i, k] of outcome.kills.entries()) {
      expect(k, JSON.stringify(k)).toEqual({ point: points[i], killed: true, batchesAtKill: expected[i], batchesAfter: expected[i] });
    }
    expect(Object.keys(outcome.reference)).toEqual(expect.arrayContaining(['public.customer', 'public.customer_address', 'public.customer_credentials']));
    expect(outcome.reference['public.customer'].rows).toBeGreaterThan(350);
    expect(outcome.final).toEqual(outcome.reference);
    expect(outcome.rerun).toEqual(outcome.reference);
  }, 300_000);
});
