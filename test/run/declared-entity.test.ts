/**
 * The generic runner on a declared flat-table entity with a compound key (test/fixtures/ledger-context.ts):
 * keyset pages over (account_id, line_no) that a resumed run continues exactly, child rows by key range,
 * the contract check, checkpoints of the wrong shape refused, and upsert for delta runs.
 */
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMigration } from '../../pipeline/run-migration.ts';
import { childCommand, killAndResume } from '../fixtures/kill-harness.ts';
import { createLedgerSource, ledgerContext } from '../fixtures/ledger-context.ts';
import { pgClient } from '../fixtures/target-dump.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { join } from 'node:path';

const ACCOUNTS = 6;
const LINES = 7;
let dbs: TestDatabases;

const run = (prefix: string, mode: 'insert' | 'upsert' = 'insert') =>
  runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: `${dbs.pgPrefix}_${prefix}`, contexts: [ledgerContext(mode)], batchSize: 5, requireMagento: false });

async function q<T extends Record<string, unknown>>(prefix: string, sql: string): Promise<T[]> {
  const c = await pgClient(`${dbs.pgPrefix}_${prefix}_ledger`);
  try {
    return (await c.query<T>(sql)).rows;
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  dbs = await createTestDatabases('declared');
  await createLedgerSource(dbs.mysqlUrl, ACCOUNTS, LINES);
});
afterAll(async () => {
  await dbs?.cleanup();
});

describe('a declared entity with a compound key', () => {
  it('walks (account_id, line_no) in pages across account boundaries, rejecting lines of a missing account', async () => {
    const report = await run('plain');
    expect(report.error).toBeUndefined();
    const e = report.services[0].entities[0];
    expect(e).toMatchObject({ sourceCount: (ACCOUNTS + 1) * LINES, loaded: ACCOUNTS * LINES, rejected: LINES, countsAddUp: true, batches: Math.ceil(((ACCOUNTS + 1) * LINES) / 5) });
    expect(e.rejectsByReason).toEqual({ DANGLING_REFERENCE: LINES });
    const [cp] = await q<{ last_key: unknown }>('plain', 'SELECT last_key FROM magemig.checkpoint');
    expect(cp.last_key).toEqual([ACCOUNTS + 1, LINES]);
    const [n] = await q<{ lines: string; accounts: string; sum: string }>('plain', 'SELECT (SELECT count(*) FROM ledger_line) AS lines, (SELECT count(*) FROM ledger_account) AS accounts, (SELECT sum(amount) FROM ledger_line)::text AS sum');
    expect(n).toEqual({ lines: String(ACCOUNTS * LINES), accounts: String(ACCOUNTS), sum: expect.any(String) });
    // Exact money: the sum of the source's decimals.
    const conn = await mysql.createConnection(dbs.mysqlUrl);
    const [[src]] = (await conn.query('SELECT CAST(SUM(amount) AS CHAR) AS s FROM ledger WHERE account_id <= ?', [ACCOUNTS])) as unknown as [Array<{ s: string }>];
    await conn.end();
    expect(n.sum).toBe(src.s);
  });

  it('resumes a compound key after SIGKILL to exactly the uninterrupted content', async () => {
    const outcome = await killAndResume(
      {
        service: 'ledger',
        killPoints: [{ afterBatches: 2 }, { midTransactionAfterBatches: 5 }],
        lockTable: 'ledger_line',
        spawnRun: childCommand({ module: join(import.meta.dirname, '..', 'fixtures', 'ledger-context.ts'), export: 'ledgerContext', source: dbs.mysqlUrl, target: dbs.pgUrl, batchSize: 5 }),
      },
      `${dbs.pgPrefix}_k`,
    );
    expect(outcome.kills.map((k) => [k.killed, k.batchesAfter])).toEqual([[true, 2], [true, 5]]);
    expect(outcome.final).toEqual(outcome.reference);
    expect(outcome.rerun).toEqual(outcome.reference);
  });

  it('refuses a checkpoint that is not a key of its columns', async () => {
    await run('shape');
    const c = await pgClient(`${dbs.pgPrefix}_shape_ledger`);
    await c.query("UPDATE magemig.checkpoint SET last_key = '7'::jsonb, done = false");
    await c.end();
    const report = await run('shape');
    expect(report.status).toBe('failed');
    expect(report.errorCode).toBe('BAD_CHECKPOINT');
    expect(report.error).toContain('is not a key of (l.account_id, l.line_no)');
  });

  it('upserts on the contract key: a delta over loaded rows updates them, adds new ones, doubles nothing', async () => {
    expect((await run('delta', 'upsert')).countsAddUp).toBe(true);
    const conn = await mysql.createConnection(dbs.mysqlUrl);
    await conn.query('UPDATE ledger SET amount = amount + 1000 WHERE account_id = 2');
    await conn.query('INSERT INTO ledger VALUES (3, 99, 5.5, NULL)');
    await conn.end();
    // A delta run reads everything again (its bookkeeping cleared): insert would collide, upsert merges.
    const c = await pgClient(`${dbs.pgPrefix}_delta_ledger`);
    await c.query('DELETE FROM magemig.checkpoint; DELETE FROM magemig.rejects');
    await c.end();
    const again = await run('delta', 'upsert');
    expect(again.error).toBeUndefined();
    expect(again.services[0].entities[0].rejectsByReason).toEqual({ DANGLING_REFERENCE: LINES });
    const [n] = await q<{ lines: string; two: string }>('delta', "SELECT (SELECT count(*) FROM ledger_line) AS lines, (SELECT min(amount)::text FROM ledger_line WHERE account_id = 2) AS two");
    expect(n).toEqual({ lines: String(ACCOUNTS * LINES + 1), two: '1002.0001' });
    const conn2 = await mysql.createConnection(dbs.mysqlUrl);
    await conn2.query('DELETE FROM ledger WHERE line_no = 99');
    await conn2.query('UPDATE ledger SET amount = amount - 1000 WHERE account_id = 2');
    await conn2.end();
  });
});
