/**
 * THE kill test: a real child process running `migrate` is SIGKILLed at several points, restarted, and
 * must end with exactly the target content of an uninterrupted run; one more run then changes nothing.
 * The harness (test/fixtures/kill-harness.ts) takes any service: the catalog plugs in the same way.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { pgClient } from '../fixtures/target-dump.ts';
import { childCommand, killAndResume, type KillPoint } from '../fixtures/kill-harness.ts';
import { createWidgetsSource } from '../fixtures/widgets-service.ts';

let dbs: TestDatabases;
const N = 240;
const BATCH = 8; // 30 batches

beforeAll(async () => {
  dbs = await createTestDatabases('migratekill');
  await createWidgetsSource(dbs.mysqlUrl, N);
});

afterAll(async () => {
  await dbs?.cleanup();
});

describe('migrate killed with SIGKILL', () => {
  it('resumes to exactly the content of an uninterrupted run, killed at several points', async () => {
    const points: KillPoint[] = [
      { duringSetup: true },
      { afterBatches: 3 },
      { midTransactionAfterBatches: 9 },
      { afterBatches: 15 },
      { midTransactionAfterBatches: 22 },
    ];
    const outcome = await killAndResume(
      {
        service: 'widgets',
        killPoints: points,
        spawnRun: childCommand({
          module: join(import.meta.dirname, '..', 'fixtures', 'widgets-service.ts'),
          export: 'widgetsService',
          source: dbs.mysqlUrl,
          target: dbs.pgUrl,
          batchSize: BATCH,
        }),
      },
      dbs.pgPrefix,
    );
    if (process.env.MAGEMIG_TEST_VERBOSE) console.log(JSON.stringify(outcome.kills));
    expect(outcome.referenceBatches).toBe(N / BATCH);
    // Every kill hit a running child held at its point: exactly n batches committed, and the batch it was
    // in the middle of did not commit.
    const expected = [0, 3, 9, 15, 22];
    for (const [i, k] of outcome.kills.entries()) {
      expect(k, JSON.stringify(k)).toEqual({ point: points[i], killed: true, batchesAtKill: expected[i], batchesAfter: expected[i] });
    }
    expect(outcome.final['public.widget'].rows).toBe(N - 4);
    expect(outcome.final).toEqual(outcome.reference);
    expect(outcome.rerun).toEqual(outcome.reference);
    // The killed runs are not left 'running' forever: the next run marked them interrupted. (The kill during
    // setup came before its run was recorded.)
    const db = await pgClient(`${dbs.pgPrefix}_kill_widgets`);
    try {
      const { rows } = await db.query<{ status: string; n: string }>('SELECT status, count(*) AS n FROM magemig.runs GROUP BY status ORDER BY status');
      expect(Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]))).toEqual({ completed: 2, interrupted: points.length - 1 });
    } finally {
      await db.end();
    }
  });
});
