/**
 * The kill test (test/fixtures/kill-harness.ts) on the real catalog service, on the Luma dump loaded into
 * this file's own MariaDB database: `./bin/magemig migrate --only catalog` SIGKILLed at several points.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';
import { killAndResume, type KillPoint } from '../fixtures/kill-harness.ts';

const ROOT = join(import.meta.dirname, '..', '..');
let dbs: TestDatabases;

beforeAll(async () => {
  dbs = await createTestDatabases('killcatalog');
  if (lumaAvailable) await loadLumaDump(dbs.mysqlDatabase);
});

afterAll(async () => {
  await dbs?.cleanup();
});

describe.skipIf(!lumaAvailable)('magemig migrate --only catalog killed with SIGKILL', () => {
  it('resumes to exactly the content of an uninterrupted run', async () => {
    const points: KillPoint[] = [{ duringSetup: true }, { midTransactionAfterBatches: 2 }, { midTransactionAfterBatches: 10 }, { afterBatches: 20 }, { midTransactionAfterBatches: 40 }];
    const outcome = await killAndResume(
      {
        service: 'catalog',
        killPoints: points,
        spawnRun: (prefix) =>
          spawn(join(ROOT, 'bin', 'magemig'), ['migrate', '--source', dbs.mysqlUrl, '--target', dbs.pgUrl, '--db-prefix', prefix, '--only', 'catalog', '--batch-size', '40', '--no-progress'], {
            cwd: ROOT,
            stdio: ['ignore', 'ignore', 'pipe'],
          }),
      },
      dbs.pgPrefix,
    );
    if (process.env.MAGEMIG_TEST_VERBOSE) console.log(outcome.referenceBatches, JSON.stringify(outcome.kills));
    expect(outcome.referenceBatches).toBeGreaterThan(40);
    // Held at each point until killed: exactly n batches committed, the one in progress rolled back.
    const expected = [0, 2, 10, 20, 40];
    for (const [i, k] of outcome.kills.entries()) {
      expect(k, JSON.stringify(k)).toEqual({ point: points[i], killed: true, batchesAtKill: expected[i], batchesAfter: expected[i] });
    }
    expect(outcome.final).toEqual(outcome.reference);
    expect(outcome.rerun).toEqual(outcome.reference);
  });
});
