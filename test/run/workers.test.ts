/**
 * Parallel workers (`migrate --workers`, `magemig worker`): big entities split into key ranges, loaded by
 * worker processes through the pg-boss queue on the target. The service databases end equal to a single
 * process's, table by table, whatever the number of workers and however they die: a worker killed with
 * SIGKILL mid-partition stops beating, and another worker takes its partition over from its checkpoint.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as tick } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTarget } from '../../core/postgres.ts';
import { seedSource } from '../../generator/index.ts';
import { catalogMigration } from '../../pipeline/catalog/index.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { openCoordinator } from '../../pipeline/workers/coordinator.ts';
import { dumpDatabase, pgClient } from '../fixtures/target-dump.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BATCH = 40;
/** The partition bookkeeping differs by design (ranges and their checkpoints); the content must not. */
const BY_DESIGN = ['magemig.checkpoint', 'magemig.partitions'];
let dbs: TestDatabases;

function worker(prefix: string, runId: string): ChildProcess {
  return spawn(join(ROOT, 'bin', 'magemig'), ['worker', '--db-prefix', prefix, '--exit-when-done', runId], {
    cwd: ROOT, env: { ...process.env, MAGEMIG_SOURCE: dbs.mysqlUrl, MAGEMIG_TARGET: dbs.pgUrl }, stdio: ['ignore', 'ignore', 'pipe'],
  });
}

const exited = (c: ChildProcess): Promise<number | null> => new Promise((resolve) => (c.exitCode !== null ? resolve(c.exitCode) : c.once('exit', (code) => resolve(code))));

async function content(database: string): Promise<Record<string, unknown>> {
  const dump = await dumpDatabase(database);
  for (const t of BY_DESIGN) delete dump[t];
  return dump;
}

beforeAll(async () => {
  dbs = await createTestDatabases('workers');
  // The whole migrate includes the payment context: generated stores hold vault tokens, sealed with this key.
  process.env.MAGEMIG_PAYMENT_KEY ??= 'a'.repeat(64);
  await seedSource({ source: dbs.mysqlUrl, profile: 'small', force: true });
  const ref = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: `${dbs.pgPrefix}_ref`, contexts: [catalogMigration], batchSize: BATCH });
  expect(ref.error).toBeUndefined();
});
afterAll(async () => {
  await dbs?.cleanup();
});

describe('parallel workers', () => {
  it('a worker killed mid-partition is taken over; the databases equal a single process run', async () => {
    const prefix = `${dbs.pgPrefix}_kill`;
    const runId = randomUUID();
    const coordinator = await openCoordinator({ server: parseTarget(dbs.pgUrl), dbPrefix: prefix, runId, partitionsPerEntity: 4, minRowsToSplit: 2 * BATCH, pollMs: 100 });
    const run = runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: prefix, contexts: [catalogMigration], batchSize: BATCH, runId, partitions: coordinator.executor });
    const first = worker(prefix, runId);
    // Wait until the first worker is inside a product partition, a batch or more in and not done: kill it there.
    let killedIn: string | undefined;
    for (let i = 0; i < 2000 && !killedIn; i++) {
      const c = await pgClient(`${prefix}_catalog`).catch(() => null);
      if (c) {
        const { rows } = await c.query<{ partition: string }>(
          "SELECT partition FROM magemig.checkpoint WHERE entity = 'products' AND partition <> '' AND batches >= 1 AND NOT done LIMIT 1").catch(() => ({ rows: [] }));
        await c.end();
        killedIn = rows[0]?.partition;
      }
      if (!killedIn) await tick(20);
    }
    expect(killedIn).toBeDefined();
    first.kill('SIGKILL');
    expect(await exited(first)).toBeNull();
    // The second worker takes every remaining partition, the killed one once its heartbeat has expired.
    const second = worker(prefix, runId);
    const report = await run;
    await coordinator.finish(report.status);
    expect(report.error).toBeUndefined();
    expect(await exited(second)).toBe(0);
    expect(report.countsAddUp).toBe(true);
    const products = report.services[0].entities.find((e) => e.entity === 'products')!;
    expect(products).toMatchObject({ status: 'loaded', countsAddUp: true });
    const c = await pgClient(`${prefix}_catalog`);
    const { rows } = await c.query<{ run_id: string; done: boolean }>('SELECT run_id, done FROM magemig.checkpoint WHERE entity = $1 AND partition = $2', ['products', killedIn]);
    await c.end();
    // Finished by the second worker (its pid in the checkpoint's run id), resumed from the first one's checkpoint.
    expect(rows[0]).toMatchObject({ done: true, run_id: expect.stringContaining(`:${second.pid}`) });
    expect(await content(`${prefix}_catalog`)).toEqual(await content(`${dbs.pgPrefix}_ref_catalog`));
  }, 180_000);

  it('migrate --workers 2 gives the same databases, and a rerun has nothing to do', async () => {
    const prefix = `${dbs.pgPrefix}_two`;
    const args = ['migrate', '--source', dbs.mysqlUrl, '--target', dbs.pgUrl, '--db-prefix', prefix, '--batch-size', String(BATCH), '--workers', '2', '--no-progress', '--json'];
    const cli = async (): Promise<{ code: number | null; stdout: string }> => {
      const child = spawn(join(ROOT, 'bin', 'magemig'), args, { cwd: ROOT, env: { ...process.env, CI: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      child.stdout!.on('data', (d) => (stdout += d));
      return { code: await exited(child), stdout };
    };
    const first = await cli();
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout) as { countsAddUp: boolean };
    expect(report.countsAddUp).toBe(true);
    const c = await pgClient(`${prefix}_catalog`);
    const { rows } = await c.query<{ n: string }>("SELECT count(*) AS n FROM magemig.partitions WHERE entity = 'products'");
    await c.end();
    expect(Number(rows[0].n)).toBe(6);
    expect(await content(`${prefix}_catalog`)).toEqual(await content(`${dbs.pgPrefix}_ref_catalog`));
    const again = await cli();
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { services: Array<{ entities: Array<{ status: string }> }> }).services[0].entities.every((e) => e.status === 'already-done')).toBe(true);
  }, 180_000);
});
