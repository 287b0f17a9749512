/**
 * kill -9 on the warehouse migration (test/fixtures/kill-harness.ts), on a generated tiny store (every warehouse
 * entity: MSI sources, stocks, products with stock items, source items, reservations): SIGKILLed during setup, inside a batch's open
 * transaction and between batches, then run to completion: the database equals an uninterrupted run's, and
 * a rerun changes nothing.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSource } from '../../generator/index.ts';
import { childCommand, killAndResume, type KillPoint } from '../fixtures/kill-harness.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

let dbs: TestDatabases;
beforeAll(async () => {
  dbs = await createTestDatabases('killwarehouse');
  await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', seed: 3 });
}, 120_000);
afterAll(async () => {
  await dbs?.cleanup();
});

describe('magemig migrate (warehouse) killed with SIGKILL', () => {
  it('resumes to exactly the content of an uninterrupted run', async () => {
    const points: KillPoint[] = [{ duringSetup: true }, { midTransactionAfterBatches: 3 }, { afterBatches: 8 }, { midTransactionAfterBatches: 14 }, { afterBatches: 24 }];
    const outcome = await killAndResume(
      {
        service: 'warehouse',
        killPoints: points,
        ignoreColumns: { 'public.reservation': ['created_at'] },
        spawnRun: childCommand({ module: join(import.meta.dirname, '..', '..', 'pipeline', 'warehouse', 'index.ts'), export: 'warehouseMigration', source: dbs.mysqlUrl, target: dbs.pgUrl, batchSize: 3, requireMagento: true }),
      },
      dbs.pgPrefix,
    );
    expect(outcome.referenceBatches).toBeGreaterThan(24);
    expect(outcome.kills.map((k) => [k.killed, k.batchesAfter])).toEqual([[true, 0], [true, 3], [true, 8], [true, 14], [true, 24]]);
    expect(outcome.final).toEqual(outcome.reference);
    expect(outcome.rerun).toEqual(outcome.reference);
  }, 300_000);
});
