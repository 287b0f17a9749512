/**
 * The run machinery of `magemig migrate` (pipeline/, loaders/) on the fixture service "widgets":
 * checkpointed batches, resume after failures, reruns, --restart, retries, dry runs and the report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PipelineEmitter } from '../../core/events.ts';
import { runMigration, type MigrateOptions } from '../../pipeline/run-migration.ts';
import type { RunReport } from '../../pipeline/report.ts';
import { createTestDatabases, listPgDatabases, type TestDatabases } from '../support/databases.ts';
import { dumpDatabase, pgClient, type TableDump } from '../fixtures/target-dump.ts';
import { createWidgetsSource, FLAKY_WIDGETS_MIGRATIONS, widgetsService, type WidgetsHooks, type WidgetsSource } from '../fixtures/widgets-service.ts';

const N = 60;
const BATCH = 7;
const BATCHES = Math.ceil(N / BATCH);

let dbs: TestDatabases;
let source: WidgetsSource;
let reference: Record<string, TableDump>;

function run(prefix: string, hooks: WidgetsHooks = {}, extra: Partial<MigrateOptions> = {}, events?: PipelineEmitter): Promise<RunReport> {
  return runMigration(
    {
      source: dbs.mysqlUrl,
      target: dbs.pgUrl,
      dbPrefix: `${dbs.pgPrefix}_${prefix}`,
      contexts: [widgetsService(hooks)],
      batchSize: BATCH,
      retry: { minTimeout: 5, maxTimeout: 20 },
      requireMagento: false,
      ...extra,
    },
    events,
  );
}

const db = (prefix: string): string => `${dbs.pgPrefix}_${prefix}_widgets`;

async function query<T extends Record<string, unknown>>(database: string, sql: string): Promise<T[]> {
  const client = await pgClient(database);
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  dbs = await createTestDatabases('migrate');
  source = await createWidgetsSource(dbs.mysqlUrl, N);
  const report = await run('ref');
  expect(report.error).toBeUndefined();
  reference = await dumpDatabase(db('ref'));
});

afterAll(async () => {
  await dbs?.cleanup();
});

describe('migrate: a complete run', () => {
  it('loads every good widget, rejects the bad ones, and the report says the counts add up', async () => {
    const report = await run('full');
    expect(report.status).toBe('completed');
    expect(report.countsAddUp).toBe(true);
    const e = report.services[0].entities[0];
    expect(e).toMatchObject({
      status: 'loaded',
      sourceCount: N,
      sourceRows: N,
      loaded: N - source.rejectedEntities,
      rejected: source.rejectedEntities,
      countsAddUp: true,
      batches: BATCHES,
      resumed: false,
      rowsThisRun: N,
    });
    expect(e.rejectsByReason).toEqual(source.rejectsByReason);
    expect(e.stats).toEqual({ 'widgets.zero_dates': 1 });
    expect(e.samples).toHaveLength(5);
    expect(report.services[0].migrationsApplied).toEqual(['001_widget.sql', '002_widget_tag.sql']);
    expect(report.services[0].created).toBe(true);

    const [counts] = await query<{ w: string; t: string; ids: string; rej: string }>(
      db('full'),
      `SELECT (SELECT count(*) FROM widget) AS w, (SELECT count(*) FROM widget_tag) AS t,
              (SELECT count(*) FROM magemig.id_map) AS ids, (SELECT count(*) FROM magemig.rejects) AS rej`,
    );
    expect(Number(counts.w)).toBe(N - source.rejectedEntities);
    expect(Number(counts.ids)).toBe(N - source.rejectedEntities);
    expect(Number(counts.rej)).toBe(Object.values(source.rejectsByReason).reduce((a, b) => a + b, 0));
    expect(await dumpDatabase(db('full'))).toEqual(reference);
  });

  it('carries awkward values through COPY unchanged (tabs, newlines, backslashes, arrays, JSON, bytes, NULLs)', async () => {
    const rows = await query<Record<string, unknown>>(
      db('ref'),
      `SELECT magento_id, name, tags, attrs, encode(checksum, 'hex') AS checksum, price::text AS price, is_active,
              to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') AS created
         FROM widget WHERE magento_id IN (1, 8, 9, 10, 11, 12) ORDER BY magento_id`,
    );
    const by = Object.fromEntries(rows.map((r) => [r.magento_id as number, r]));
    expect(by[1]).toMatchObject({ name: 'Widget 1', tags: ['t1', 't1'], attrs: { size: 1, color: 'blue' }, price: '1.0100', is_active: true, created: '2024-01-02 10:01:00' });
    expect(by[8].name).toBe('tab\there\nnew line\r\nback\\slash \\N \\. end');
    expect(by[8].tags).toEqual(['a"b', 'c\\d', 'NULL', '{x}', '']);
    expect(by[9].created).toBeNull(); // zero date: loaded without it, and a ZERO_DATE reject
    expect(by[10].attrs).toBeNull(); // invalid JSON: loaded without it, and an INVALID_JSON reject
    expect(by[11]).toMatchObject({ name: 'emoji 🧩 ü', attrs: { note: 'tab\tnl\nq"b\\', list: [1, 'two', null] }, checksum: '0001090a5cff' });
    expect(by[12]).toMatchObject({ name: null, price: null, tags: [], attrs: null, is_active: false, created: null });
    const tags = await query<{ tag: string }>(db('ref'), `SELECT tag FROM widget_tag WHERE widget_id = (SELECT id FROM widget WHERE magento_id = 8) ORDER BY position`);
    expect(tags.map((t) => t.tag)).toEqual(['a"b', 'c\\d', 'NULL', '{x}', '']);
    const rejects = await query<{ source_key: string; reason: string; detail: string | null }>(
      db('ref'),
      `SELECT source_key, reason, detail FROM magemig.rejects WHERE reason = 'NUL_BYTE'`,
    );
    expect(rejects).toEqual([{ source_key: 'widget_id=7', reason: 'NUL_BYTE', detail: 'name "bad\\u0000name"' }]);
  });

  it('a second run after success changes nothing', async () => {
    const events = new PipelineEmitter();
    const skipped: string[] = [];
    events.on('entity:skip', ({ entity }) => skipped.push(entity));
    const report = await run('ref', {}, {}, events);
    expect(report.status).toBe('completed');
    expect(skipped).toEqual(['widgets']);
    const e = report.services[0].entities[0];
    expect(e).toMatchObject({ status: 'already-done', loaded: N - source.rejectedEntities, rejected: source.rejectedEntities, countsAddUp: true, rowsThisRun: 0 });
    expect(e.rejectsByReason).toEqual(source.rejectsByReason);
    expect(report.services[0].migrationsApplied).toEqual([]);
    expect(await dumpDatabase(db('ref'))).toEqual(reference);
  });
});

describe('migrate: failures and resume', () => {
  it('resumes after a failure injected mid-run and ends with the content of an uninterrupted run', async () => {
    const failed = await run('resume', { failAfterBatches: 4 });
    expect(failed.status).toBe('failed');
    expect(failed.error).toBe('widgets/widgets: injected failure after 4 batches');
    // The failed run's report keeps what was committed before the failure.
    expect(failed.services[0].entities[0]).toMatchObject({
      status: 'failed',
      error: 'widgets/widgets: injected failure after 4 batches',
      batches: 4,
      sourceRows: 4 * BATCH,
      countsAddUp: false,
    });
    const [cp] = await query<{ batches: number; rows_loaded: string; reject_records: string; done: boolean; last_key: number }>(
      db('resume'),
      'SELECT batches, rows_loaded, reject_records, done, last_key FROM magemig.checkpoint',
    );
    expect(cp).toMatchObject({ batches: 4, done: false, last_key: 4 * BATCH });
    // What is committed is exactly what the checkpoint says.
    const [n] = await query<{ w: string; ids: string; rej: string }>(
      db('resume'),
      'SELECT (SELECT count(*) FROM widget) AS w, (SELECT count(*) FROM magemig.id_map) AS ids, (SELECT count(*) FROM magemig.rejects) AS rej',
    );
    expect(Number(n.w)).toBe(Number(cp.rows_loaded));
    expect(Number(n.ids)).toBe(Number(cp.rows_loaded));
    expect(Number(n.rej)).toBe(Number(cp.reject_records));

    const resumed = await run('resume');
    expect(resumed.status).toBe('completed');
    const e = resumed.services[0].entities[0];
    expect(e).toMatchObject({ status: 'loaded', resumed: true, rowsThisRun: N - 4 * BATCH, sourceRows: N, countsAddUp: true });
    expect(e.rejectsByReason).toEqual(source.rejectsByReason);
    expect(await dumpDatabase(db('resume'))).toEqual(reference);
  });

  it('commits a batch and its checkpoint together: a batch that fails mid-way leaves nothing behind', async () => {
    const failed = await run('atomic', { fatalBatch: 2 });
    expect(failed.status).toBe('failed');
    expect(failed.errorCode).toBe('LOAD_FAILED');
    expect(failed.error).toMatch(/^widgets\/widgets: Postgres refused the batch after key 14: relation "no_such_table" does not exist/);
    expect(failed.error).not.toContain('\n');
    const [state] = await query<{ batches: number; rows_loaded: string; w: string; t: string; rej: string; reject_records: string }>(
      db('atomic'),
      `SELECT c.batches, c.rows_loaded, c.reject_records, (SELECT count(*) FROM widget) AS w, (SELECT count(*) FROM widget_tag) AS t,
              (SELECT count(*) FROM magemig.rejects) AS rej
         FROM magemig.checkpoint c`,
    );
    expect(state.batches).toBe(2);
    // The batch's widget and widget_tag rows were COPYed before the third table failed: none of them stayed.
    expect(Number(state.w)).toBe(Number(state.rows_loaded));
    expect(Number(state.rej)).toBe(Number(state.reject_records));
    const [ref] = await query<{ t: string }>(db('ref'), `SELECT count(*) AS t FROM widget_tag WHERE widget_id IN (SELECT id FROM widget WHERE magento_id <= 14)`);
    expect(state.t).toBe(ref.t);

    expect((await run('atomic')).status).toBe('completed');
    expect(await dumpDatabase(db('atomic'))).toEqual(reference);
  });

  it('a row Postgres refuses is a reject with its message; the rest of the batch commits and the run goes on', async () => {
    const events = new PipelineEmitter();
    const rejects: Array<{ sourceKey: string; reason: string; detail?: string }> = [];
    const logs: string[] = [];
    events.on('reject', (r) => rejects.push(r));
    events.on('log', (l) => logs.push(l.message));
    const report = await run('refused', { corruptBatch: 2 }, {}, events);
    expect(report.status).toBe('completed');
    const e = report.services[0].entities[0];
    // A widget_tag row (NOT NULL tag) is refused: a value-level reject, its widget still loads.
    expect(e).toMatchObject({ loaded: N - source.rejectedEntities, countsAddUp: true });
    expect(e.rejectsByReason.PG_REFUSED).toBe(1);
    expect(e.stats['loader.refused_rows']).toBe(1);
    const refused = rejects.filter((r) => r.reason === 'PG_REFUSED');
    expect(refused).toHaveLength(1);
    expect(refused[0].detail).toMatch(/^widget_tag: 23502 null value in column "tag"/);
    expect(logs.some((l) => /refused 1 row/.test(l))).toBe(true);
    const [n] = await query<{ w: string; t: string }>(db('refused'), 'SELECT (SELECT count(*) FROM widget) AS w, (SELECT count(*) FROM widget_tag) AS t');
    expect({ w: Number(n.w), t: Number(n.t) }).toEqual({ w: reference['public.widget'].rows, t: reference['public.widget_tag'].rows });
  });

  it('a row a deferred foreign key refuses at commit is found by its key, rejected, and the batch commits', async () => {
    const report = await run('dangling', { danglingTagBatch: 3 });
    expect(report.status).toBe('completed');
    const e = report.services[0].entities[0];
    expect(e).toMatchObject({ loaded: N - source.rejectedEntities, countsAddUp: true });
    const [r] = await query<{ source_key: string; detail: string }>(db('dangling'), "SELECT source_key, detail FROM magemig.rejects WHERE reason = 'PG_REFUSED'");
    expect(r.detail).toMatch(/^widget_tag: 23503 .*violates foreign key constraint/);
    expect(r.source_key).toMatch(/^widget_tag:widget_id=[0-9a-f-]{36},position=0$/);
    const [n] = await query<{ t: string }>(db('dangling'), 'SELECT count(*) AS t FROM widget_tag');
    expect(Number(n.t)).toBe(reference['public.widget_tag'].rows);
  });

  it('a refused row of the entity table rejects its entity and drops its other rows; counts still add up', async () => {
    const report = await run('overflow', { overflowBatch: 1 });
    expect(report.status).toBe('completed');
    const e = report.services[0].entities[0];
    expect(e).toMatchObject({ loaded: N - source.rejectedEntities - 1, rejected: source.rejectedEntities + 1, countsAddUp: true });
    expect(e.rejectsByReason.PG_REFUSED).toBe(1);
    const [r] = await query<{ source_key: string; detail: string }>(db('overflow'), "SELECT source_key, detail FROM magemig.rejects WHERE reason = 'PG_REFUSED'");
    expect(r.source_key).toBe('widget.magento_id=8');
    expect(r.detail).toMatch(/^widget: 22003 numeric field overflow/);
    const [n] = await query<{ w: string; tags: string; ids: string }>(
      db('overflow'),
      `SELECT (SELECT count(*) FROM widget WHERE magento_id = 8) AS w, (SELECT count(*) FROM widget_tag t WHERE t.widget_id NOT IN (SELECT id FROM widget)) AS tags,
              (SELECT count(*) FROM magemig.id_map WHERE magento_id = '8') AS ids`,
    );
    expect(n).toEqual({ w: '0', tags: '0', ids: '0' });
    // Widget 8's five tags (a"b, c\\d, NULL, {x} and '') went with it.
    expect(e.stats['loader.rows_dropped_with_refused_entity']).toBe(5);
    // A rerun has nothing to do.
    const again = await run('overflow', { overflowBatch: 1 });
    expect(again.services[0].entities[0].status).toBe('already-done');
  });

  it('retries a retryable source error on a fresh connection, from the last committed batch', async () => {
    const events = new PipelineEmitter();
    const retries: string[] = [];
    events.on('entity:retry', ({ reason }) => retries.push(reason));
    const report = await run('retrysrc', { failAfterBatches: 3, failKind: 'retryable' }, {}, events);
    expect(report.status).toBe('completed');
    expect(retries).toEqual(['injected failure after 3 batches']);
    expect(report.services[0].entities[0].retries).toBe(1);
    expect(await dumpDatabase(db('retrysrc'))).toEqual(reference);
  });

  it('retries a batch whose Postgres connection is killed, on a fresh connection', async () => {
    const events = new PipelineEmitter();
    const retries: string[] = [];
    events.on('entity:retry', ({ reason }) => retries.push(reason));
    const report = await run('retrypg', { migrationsDir: FLAKY_WIDGETS_MIGRATIONS }, {}, events);
    expect(report.status).toBe('completed');
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatch(/terminating connection/);
    const tables = ['public.widget', 'public.widget_tag', 'magemig.id_map', 'magemig.rejects', 'magemig.checkpoint'];
    const expected = Object.fromEntries(tables.map((t) => [t, reference[t]]));
    expect(await dumpDatabase(db('retrypg'), { tables })).toEqual(expected);
  });

  it('stops on a fatal error with a one-line reason and no password', async () => {
    const attempt = (source: string): Promise<RunReport> =>
      runMigration({ source, target: dbs.pgUrl, dbPrefix: `${dbs.pgPrefix}_fatal`, contexts: [widgetsService()], requireMagento: false });
    const missing = await attempt('mysql://root@127.0.0.1:3306/mmt_no_such_database');
    expect(missing).toMatchObject({ status: 'failed', errorCode: 'SOURCE_NO_DATABASE', error: "database 'mmt_no_such_database' does not exist on 127.0.0.1:3306" });
    const denied = await attempt(`mysql://root:s3cret@127.0.0.1:3306/${dbs.mysqlDatabase}`);
    expect(denied).toMatchObject({ status: 'failed', errorCode: 'SOURCE_AUTH' });
    expect(denied.error).toMatch(/^access denied for root@127.0.0.1:3306/);
    expect(JSON.stringify(denied)).not.toContain('s3cret');
    expect(await listPgDatabases(`${dbs.pgPrefix}_fatal`)).toEqual([]);
  });
});

describe('migrate --restart', () => {
  it('empties the service tables and the bookkeeping, then loads anew', async () => {
    expect((await run('restart')).status).toBe('completed');
    const client = await pgClient(db('restart'));
    try {
      // Leftovers a restart must remove: a stray row, a foreign reject and a foreign id.
      await client.query(`INSERT INTO widget (id, magento_id, sku, tags, is_active) VALUES (gen_random_uuid(), 9999, 'STRAY', '{}', true)`);
      await client.query(`INSERT INTO magemig.rejects (service, entity, source_key, reason) VALUES ('widgets', 'widgets', 'x', 'STRAY')`);
      await client.query(`INSERT INTO magemig.id_map VALUES ('widget', '9999', gen_random_uuid())`);
    } finally {
      await client.end();
    }
    const report = await run('restart', {}, { restart: true });
    expect(report.status).toBe('completed');
    expect(report.services[0].truncated).toEqual(['"public"."widget"', '"public"."widget_tag"']);
    expect(report.services[0].entities[0]).toMatchObject({ status: 'loaded', resumed: false, batches: BATCHES, rowsThisRun: N });
    expect(await dumpDatabase(db('restart'))).toEqual(reference);
  });
});

describe('migrate --dry-run', () => {
  it('creates no database and produces the same report with would-load counts', async () => {
    const before = await listPgDatabases(dbs.pgPrefix);
    const report = await run('dry', {}, { dryRun: true });
    expect(await listPgDatabases(dbs.pgPrefix)).toEqual(before);
    expect(before).not.toContain(db('dry'));
    expect(report.status).toBe('completed');
    expect(report.dryRun).toBe(true);
    expect(report.countsAddUp).toBe(true);
    expect(report.services[0].created).toBe(false);
    const e = report.services[0].entities[0];
    expect(e).toMatchObject({ status: 'dry-run', sourceCount: N, loaded: N - source.rejectedEntities, rejected: source.rejectedEntities, batches: BATCHES });
    expect(e.rejectsByReason).toEqual(source.rejectsByReason);
    expect(e.samples).toHaveLength(5);
  });

  it('leaves an existing service database untouched, even with --restart, even mid-way', async () => {
    expect((await run('drypart', { failAfterBatches: 2 })).status).toBe('failed');
    const before = await dumpDatabase(db('drypart'));
    const report = await run('drypart', {}, { dryRun: true, restart: true });
    expect(report.status).toBe('completed');
    expect(report.services[0].entities[0]).toMatchObject({ status: 'dry-run', loaded: N - source.rejectedEntities, resumed: false });
    expect(await dumpDatabase(db('drypart'))).toEqual(before);
  });

  it('does not connect to the target at all (it completes with an unreachable target)', async () => {
    const report = await run('dryoff', {}, { dryRun: true, target: 'postgres://postgres@127.0.0.1:9' });
    expect(report.status).toBe('completed');
    expect(report.services[0].entities[0]).toMatchObject({ status: 'dry-run', loaded: N - source.rejectedEntities });
    const wet = await run('dryoff', {}, { target: 'postgres://postgres@127.0.0.1:9' });
    expect(wet.status).toBe('failed');
    expect(wet.error).toMatch(/cannot reach Postgres at 127.0.0.1:9/);
  });
});
