/** `magemig serve` as a user runs it: a real child process on a free port, and its one-line errors. */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPg, ensurePgDatabase, parseTarget } from '../../core/postgres.ts';
import { applyMigrations } from '../../loaders/schema-migrations.ts';
import { catalogService } from '../../services/catalog/index.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'magemig');

function run(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(BIN, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
  });
}

describe('magemig serve', () => {
  let dbs: TestDatabases;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    dbs = await createTestDatabases('catalogserve');
    // An empty catalog database with its schema: what `migrate` leaves before any row.
    const server = parseTarget(dbs.pgUrl);
    await ensurePgDatabase(server, `${dbs.pgPrefix}_catalog`);
    const c = await connectPg({ ...server, database: `${dbs.pgPrefix}_catalog` });
    try {
      await applyMigrations(c, catalogService.migrationsDir);
    } finally {
      await c.end();
    }
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('close', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await dbs?.cleanup();
  });

  it('listens, answers JSON and stops on SIGTERM', async () => {
    // Only the catalog: the other services' databases do not exist here.
    child = spawn(BIN, ['serve', '--target', dbs.pgUrl, '--db-prefix', dbs.pgPrefix, '--port', '0', '--only', 'catalog'], { stdio: ['ignore', 'pipe', 'pipe'] });
    // Fastify logs "Server listening at http://127.0.0.1:<port>" (pino JSON on stdout) once it accepts connections.
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child!.stdout!.on('data', (d) => {
        out += d;
        const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) resolve(m[1]);
      });
      child!.once('close', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
    });
    expect((await (await fetch(`${url}/health`)).json())).toEqual({ status: 'ok', services: ['catalog'] });
    const res = await fetch(`${url}/catalog/categories?store=default`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'UNKNOWN_STORE' });
    expect((await fetch(`${url}/catalog/products/X`)).status).toBe(400);
    const exited = new Promise<number | null>((resolve) => child!.once('close', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('says in one line when the service database is missing or an option is wrong', async () => {
    const missing = await run(['serve', '--target', dbs.pgUrl, '--db-prefix', `${dbs.pgPrefix}_none`, '--port', '0']);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe(`magemig: database '${dbs.pgPrefix}_none_catalog' does not exist on 127.0.0.1:5432: run magemig migrate first (or check --db-prefix)`);
    const badPort = await run(['serve', '--target', dbs.pgUrl, '--port', 'http']);
    expect(badPort.code).toBe(2);
    expect(badPort.stderr.trim()).toBe("magemig: --port must be an integer from 0 to 65535, got 'http'");
  });

  it('drains on SIGTERM: a request in flight is answered, new connections are refused, then it exits 0', async () => {
    child = spawn(BIN, ['serve', '--target', dbs.pgUrl, '--db-prefix', dbs.pgPrefix, '--port', '0', '--only', 'catalog'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await listeningUrl(child);
    // The request is held in flight by a lock on the table it reads, released only after SIGTERM took effect.
    const lock = await connectPg({ ...parseTarget(dbs.pgUrl), database: `${dbs.pgPrefix}_catalog` });
    try {
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE store IN ACCESS EXCLUSIVE MODE');
      const inFlight = fetch(`${url}/catalog/categories?store=default`);
      await until(async () => {
        // pg_stat_activity is read as a snapshot per transaction: cleared so each poll sees the present.
        const { rows } = await lock.query("SELECT pg_stat_clear_snapshot(), count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
        return rows[0].n > 0;
      });
      const exited = new Promise<number | null>((resolve) => child!.once('close', (code) => resolve(code)));
      child.kill('SIGTERM');
      // Closing: the listener is gone, so a new client cannot get in while the old request waits.
      await until(async () => fetch(`${url}/health`).then(() => false, () => true));
      await lock.query('COMMIT');
      const res = await inFlight;
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'UNKNOWN_STORE' });
      expect(await exited).toBe(0);
    } finally {
      await lock.end();
    }
  });
});

function listeningUrl(proc: ChildProcess): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let out = '';
    proc.stdout!.on('data', (d) => {
      out += d;
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1]);
    });
    proc.once('close', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
}

/** Polls a condition (each poll is a real round trip, not a timed wait), failing when it has not held in 15 s. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((r) => setImmediate(r));
  }
  throw new Error('condition never held');
}
