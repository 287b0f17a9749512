/**
 * The COPY text encoder (loaders/tsv.ts): escaping, every value type, NUL bytes, and a round trip of the
 * nastiest values through a real Postgres COPY.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { ensurePgDatabase, parseTarget } from '../../core/postgres.ts';
import { columnKinds, copyRows, copySql, quoteTableName } from '../../loaders/copy.ts';
import { TsvEncoder } from '../../loaders/tsv.ts';
import { createTestDatabases, PG_SERVER, type TestDatabases } from '../support/databases.ts';

describe('TsvEncoder', () => {
  const enc = (rows: unknown[][], kinds?: Array<'plain' | 'json'>): string =>
    new TsvEncoder().encode('t', rows[0].map((_, i) => `c${i}`), rows, kinds);

  it('escapes backslash, tab, newline and carriage return, and nothing else', () => {
    expect(enc([['a\\b', 'c\td', 'e\nf', 'g\rh', 'plain "quotes" {braces} ,comma']])).toBe(
      'a\\\\b\tc\\td\te\\nf\tg\\rh\tplain "quotes" {braces} ,comma\n',
    );
    // A value spelling \N or \. stays data, not NULL or end-of-data.
    expect(enc([['\\N', '\\.']])).toBe('\\\\N\t\\\\.\n');
    const s = 'nothing to escape';
    expect(new TsvEncoder().text(s)).toBe(s);
  });

  it('writes NULL as \\N, booleans as t/f, numbers, bigints and non-finite floats as Postgres reads them', () => {
    expect(enc([[null, undefined, true, false, 0, -1.5, 1e21, 12345678901234567890n, NaN, Infinity, -Infinity, '']])).toBe(
      '\\N\t\\N\tt\tf\t0\t-1.5\t1e+21\t12345678901234567890\tNaN\tInfinity\t-Infinity\t\n',
    );
  });

  it('writes dates as ISO 8601 UTC, buffers as bytea hex, objects as JSON', () => {
    expect(enc([[new Date(Date.UTC(2024, 1, 29, 23, 59, 58, 7)), Buffer.from([0, 0x5c, 0xff]), { a: 'x\ty', b: [1, null] }]])).toBe(
      '2024-02-29T23:59:58.007Z\t\\\\x005cff\t{"a":"x\\\\ty","b":[1,null]}\n',
    );
    expect(() => enc([[new Date(NaN)]])).toThrow(/invalid Date/);
  });

  it('writes arrays as Postgres array literals, quoting every string', () => {
    expect(enc([[['a', '', 'NULL', 'x,y', 'q"b', 'back\\slash', '{z}', null, 3, true]]])).toBe(
      '{"a","","NULL","x,y","q\\\\"b","back\\\\\\\\slash","{z}",NULL,3,t}\n',
    );
    expect(enc([[[], [[1, 2], [3, 4]], ['tab\there', 'nl\nhere']]])).toBe('{}\t{{1,2},{3,4}}\t{"tab\\there","nl\\nhere"}\n');
  });

  it('writes arrays into json columns as JSON, and takes strings there as JSON text', () => {
    expect(enc([[['a', 1], ['a', 1], '{"k":1}']], ['plain', 'json', 'json'])).toBe('{"a",1}\t["a",1]\t{"k":1}\n');
  });

  it('strips NUL bytes (Postgres text cannot hold them) and counts them', () => {
    const e = new TsvEncoder();
    const out = e.encode('t', ['a', 'b', 'c'], [['x\0y\0', ['p\0q'], { k: 'v\0w', lit: '\\u0000' }]]);
    expect(out).toBe('xy\t{"pq"}\t{"k":"vw","lit":"\\\\\\\\u0000"}\n');
    expect(e.counters.nulStripped).toBe(4);
  });

  it('refuses a row of the wrong width (an entity bug) instead of shifting columns', () => {
    expect(() => new TsvEncoder().encode('widget', ['a', 'b'], [['1', '2'], ['3']])).toThrow('widget: row 1 has 1 values for 2 columns');
  });

  it('cuts big batches into chunks that add up to the whole', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [i, `name ${i}\twith tab`, null]);
    const e = new TsvEncoder();
    const chunks = [...e.chunks('t', ['a', 'b', 'c'], rows)];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(new TsvEncoder().encode('t', ['a', 'b', 'c'], rows));
    expect(chunks.every((c) => c.endsWith('\n'))).toBe(true);
  });

  it('quotes table and column names', () => {
    expect(quoteTableName('catalog.product')).toBe('"catalog"."product"');
    expect(copySql('x', ['a', 'we"ird'])).toBe('COPY "x" ("a", "we""ird") FROM STDIN');
  });
});

describe('COPY round trip through Postgres', () => {
  let dbs: TestDatabases;
  let client: pg.Client;

  beforeAll(async () => {
    dbs = await createTestDatabases('loaderstsv');
    const database = `${dbs.pgPrefix}_copy`;
    await ensurePgDatabase(parseTarget(PG_SERVER), database);
    client = new pg.Client({ connectionString: `${PG_SERVER}/${database}` });
    await client.connect();
    await client.query(`CREATE TABLE t (
      id int PRIMARY KEY, s text, arr text[], ints int[], j jsonb, js json, b bytea, flag boolean, n numeric, f float8, big bigint, ts timestamptz)`);
  });

  afterAll(async () => {
    await client?.end();
    await dbs?.cleanup();
  });

  it('stores exactly what was encoded', async () => {
    const nasty = 'tab\t nl\n cr\r bs\\ \\N \\. quote" apos\' {br} , emoji 🧩 \u2028 \u00e9';
    const columns = ['id', 's', 'arr', 'ints', 'j', 'js', 'b', 'flag', 'n', 'f', 'big', 'ts'];
    const rows = [
      [1, nasty, [nasty, '', 'NULL', null], [1, null, -3], { k: nasty, list: [nasty, 1, null] }, [nasty], Buffer.from([0, 9, 10, 13, 92, 255]), true, '12345.6789', NaN, 9007199254740993n, new Date(Date.UTC(2001, 0, 2, 3, 4, 5, 6))],
      [2, null, [], [], null, null, null, false, null, -Infinity, null, null],
      [3, 'nul\0inside', ['a\0b'], [], { v: 'c\0d' }, '{"raw": true}', null, null, '0', 0.1, 0n, null],
    ];
    const enc = new TsvEncoder();
    const kinds = await columnKinds(client, 't', columns);
    expect(kinds).toEqual(['plain', 'plain', 'plain', 'plain', 'json', 'json', 'plain', 'plain', 'plain', 'plain', 'plain', 'plain']);
    await client.query('BEGIN');
    expect(await copyRows(client, 't', { columns, rows }, enc, kinds)).toBe(3);
    await client.query('COMMIT');
    expect(enc.counters.nulStripped).toBe(3);
    const { rows: back } = await client.query(
      `SELECT id, s, arr, ints, j, js::text AS js, encode(b, 'hex') AS b, flag, n::text AS n, f::text AS f, big::text AS big,
              to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS ts
         FROM t ORDER BY id`,
    );
    expect(back[0]).toEqual({
      id: 1, s: nasty, arr: [nasty, '', 'NULL', null], ints: [1, null, -3], j: { k: nasty, list: [nasty, 1, null] },
      js: JSON.stringify([nasty]), b: '00090a0d5cff', flag: true, n: '12345.6789', f: 'NaN', big: '9007199254740993', ts: '2001-01-02T03:04:05.006',
    });
    expect(back[1]).toEqual({ id: 2, s: null, arr: [], ints: [], j: null, js: null, b: null, flag: false, n: null, f: '-Infinity', big: null, ts: null });
    expect(back[2]).toMatchObject({ s: 'nulinside', arr: ['ab'], j: { v: 'cd' }, js: '{"raw": true}', f: '0.1', big: '0' });
  });

  it('rolls back when a value is refused mid-COPY, leaving the connection usable', async () => {
    const enc = new TsvEncoder();
    await client.query('BEGIN');
    await expect(copyRows(client, 't', { columns: ['id', 'n'], rows: [[10, '1'], [11, 'not a number']] }, enc)).rejects.toMatchObject({ code: '22P02' });
    await client.query('ROLLBACK');
    const { rows } = await client.query('SELECT count(*)::int AS n FROM t WHERE id >= 10');
    expect(rows[0].n).toBe(0);
  });

  it('aborts the COPY when encoding fails half-way (nothing reaches the table)', async () => {
    const enc = new TsvEncoder();
    const rows: unknown[][] = Array.from({ length: 30_000 }, (_, i) => [100 + i, 'x'.repeat(20)]);
    rows.push([99, new Date(NaN)]);
    await client.query('BEGIN');
    await expect(copyRows(client, 't', { columns: ['id', 's'], rows }, enc)).rejects.toThrow(/invalid Date/);
    await client.query('ROLLBACK');
    const { rows: n } = await client.query('SELECT count(*)::int AS n FROM t WHERE id >= 99');
    expect(n[0].n).toBe(0);
    const { rows: ok } = await client.query('SELECT 1 AS one');
    expect(ok[0].one).toBe(1);
  });
});
