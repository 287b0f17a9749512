import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { parseConnectionUrl, withDatabase } from '../../core/connection-url.ts';
import { ensurePgDatabase } from '../../core/postgres.ts';
import { SERVICE_TABLES, SERVICES, sourceDatabaseName, unionTables } from '../../bench/config.ts';
import { rowsFromReport } from '../../bench/magemig.ts';
import { loadFile, parsePgloaderSummary } from '../../bench/pgloader.ts';
import { createTableSql, pgTypeFor, runRawPipe, selectSql } from '../../bench/raw-pipe.ts';
import { formatInt, formatRatio, formatSeconds, renderGrid, renderReport, renderResultTable, renderScaling, renderTargets } from '../../bench/render.ts';
import { summarise, withRatios, type BenchResult, type BenchRow } from '../../bench/result.ts';
import { seedInfoMatches } from '../../bench/source-db.ts';
import { GENERATOR_VERSION } from '../../generator/index.ts';
import { describeSourceTables } from '../../bench/source.ts';
import { linearity, median, perSecond, throughputRatio } from '../../bench/stats.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

describe('bench stats', () => {
  it('takes the median of the finite values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null, 5, undefined, Number.NaN])).toBe(5);
    expect(median([])).toBeNull();
  });

  it('computes throughput ratios as baseline time over magemig time', () => {
    expect(throughputRatio(2, 1)).toBe(0.5); // magemig twice as slow: half the raw throughput
    expect(throughputRatio(1, 3)).toBe(3);
    expect(throughputRatio(null, 3)).toBeNull();
    expect(throughputRatio(0, 3)).toBeNull();
    expect(perSecond(100, 4)).toBe(25);
    expect(perSecond(100, 0)).toBeNull();
  });

  it('measures linearity as time ratio over row ratio', () => {
    expect(linearity(100, 1, 1000, 10)).toBe(1);
    expect(linearity(100, 1, 1000, 20)).toBe(2);
    expect(linearity(0, 1, 1000, 20)).toBeNull();
  });
});

function sampleRow(pipeline: string, rawS: number, pglS: number | null, mmS: number | null, rssMb: number, rows = 1000): BenchRow {
  return withRatios({
    pipeline,
    tables: ['catalog_product_entity'],
    missingTables: pipeline === 'catalog' ? ['inventory_source'] : [],
    sourceRows: rows,
    sourceBytes: 2 * 1024 * 1024,
    raw: summarise([{ seconds: rawS, rows }, { seconds: rawS * 3, rows }, { seconds: rawS / 2, rows }], rows, 2 * 1024 * 1024),
    pgloader: pglS === null ? summarise([], rows, 0, 'pgloader is not installed') : summarise([{ seconds: pglS, rows }], rows, 2 * 1024 * 1024),
    magemig: mmS === null
      ? summarise([], rows, 0, "no magemig pipeline for 'pricing' yet")
      : summarise([{ seconds: mmS, rows: 10, peakRssBytes: rssMb * 1024 * 1024, note: '10 entities loaded or rejected' }], rows, 2 * 1024 * 1024),
  });
}

function sampleResult(profile: string, scale = 1): BenchResult {
  return {
    format: 1,
    profile,
    edition: 'opensource',
    seed: 42,
    sourceDatabase: `magemig_bench_${profile}`,
    startedAt: '2026-01-01T00:00:00.000Z',
    finishedAt: '2026-01-01T00:01:00.000Z',
    runs: 3,
    machine: { nproc: 2, cpu: 'Test CPU', ramGb: 8, os: 'Linux', node: '24.0.0', mariadb: '10.11', postgres: '15.2', pgloader: '3.6.9' },
    notes: ['a note'],
    rows: [sampleRow('catalog', 2 * scale, 6 * scale, 2.5 * scale, 120, 1000 * scale), sampleRow('pricing', 1 * scale, null, null, 0, 500 * scale)],
    tables: [],
  };
}

describe('bench results and rendering', () => {
  it('summarises runs into medians and throughputs on the source rows', () => {
    const row = sampleRow('catalog', 2, 6, 2.5, 120);
    expect(row.raw.seconds).toBe(2); // median of 2, 6, 1
    expect(row.raw.rowsPerSecond).toBe(500);
    expect(row.raw.mbPerSecond).toBe(1);
    expect(row.magemig.peakRssMb).toBe(120);
    expect(row.magemig.message).toBe('10 entities loaded or rejected');
    expect(row.vsRaw).toBeCloseTo(0.8);
    expect(row.vsPgloader).toBeCloseTo(2.4);
  });

  it('keeps failed runs out of the median and says how many failed', () => {
    const m = summarise([{ seconds: 1, rows: 1 }, { seconds: null, rows: null, error: 't: boom' }, { seconds: 3, rows: 1 }], 10, 0);
    expect(m.status).toBe('ok');
    expect(m.seconds).toBe(2);
    expect(m.message).toBe('1 of 3 runs failed: t: boom');
    const all = summarise([{ seconds: null, rows: null, error: 't: boom' }], 10, 0);
    expect(all.status).toBe('failed');
    expect(all.message).toBe('t: boom');
  });

  it('formats numbers for the table', () => {
    expect(formatInt(1234567.4)).toBe('1,234,567');
    expect(formatInt(null)).toBe('-');
    expect(formatSeconds(1.234)).toBe('1.23');
    expect(formatSeconds(12.34)).toBe('12.3');
    expect(formatSeconds(123.4)).toBe('123');
    expect(formatRatio(0.8512)).toBe('0.85x');
  });

  it('renders aligned text and Markdown grids', () => {
    const text = renderGrid(['name', 'n'], [['a', '1'], ['bbb', '22']]);
    expect(text.split('\n')).toEqual(['name   n', '----  --', 'a      1', 'bbb   22']);
    const md = renderGrid(['name', 'n'], [['a', '1']], { markdown: true });
    expect(md.split('\n')).toEqual(['| name |   n |', '| ---- | --: |', '| a    |   1 |']);
  });

  it('renders three lines per pipeline, n/a for what cannot run, and explains each n/a', () => {
    const result = sampleResult('small');
    const table = renderResultTable(result);
    const lines = table.split('\n');
    expect(lines).toHaveLength(2 + 6);
    expect(lines[2]).toMatch(/^catalog\s+raw pipe\s+1,000\s+2\.00\s+500\s+1\.0/);
    expect(lines[4]).toMatch(/^catalog\s+magemig\s+1,000\s+2\.50\s+400\s+0\.8\s+120\s+0\.80x\s+2\.40x$/);
    expect(lines[6]).toMatch(/^pricing\s+pgloader\s+500\s+n\/a/);
    expect(lines[7]).toMatch(/^pricing\s+magemig\s+500\s+n\/a/);
    const report = renderReport(result);
    expect(report).toContain('- pgloader pricing: unavailable: pgloader is not installed');
    expect(report).toContain("- magemig pricing: unavailable: no magemig pipeline for 'pricing' yet");
    expect(report).toContain('- catalog: absent from this source, not copied: inventory_source');
    expect(report).toContain('2 CPU (Test CPU), 8 GB RAM');
    expect(renderResultTable(result, { markdown: true }).split('\n')[0]).toMatch(/^\| pipeline \| tool /);
  });

  it('checks the targets of issue 4 it has numbers for', () => {
    const targets = renderTargets(sampleResult('medium'));
    expect(targets).toContain("catalog: 1.25x the raw pipe's time, target at most 1.5x: met");
    expect(targets).toContain('peak RSS: 120 MB, target under 300 MB on large (flat across profiles): met');
    const slow = sampleResult('large');
    slow.rows[0] = sampleRow('catalog', 100, 300, 200, 400);
    const missed = renderTargets(slow);
    expect(missed).toContain("catalog: 2.00x the raw pipe's time, target at most 1.5x (the target is set on medium): MISSED");
    expect(missed).toContain('large catalog: 200 s, target under 180 s: MISSED');
    expect(missed).toContain('peak RSS: 400 MB, target under 300 MB on large (flat across profiles): MISSED');
  });

  it('renders peak RSS per profile and linearity between consecutive profiles', () => {
    expect(renderScaling([sampleResult('medium')])).toBe('');
    const out = renderScaling([sampleResult('medium'), sampleResult('large', 10)]);
    expect(out).toContain('Peak RSS of magemig per profile');
    expect(out).toMatch(/catalog\s+120\s+120/);
    expect(out).toMatch(/catalog\s+magemig\s+medium -> large\s+10\.00\s+10\.00\s+1\.00/);
  });
});

describe('bench helpers', () => {
  it('lists source tables per service, each once in the union', () => {
    expect(SERVICES).toContain('catalog');
    expect(SERVICE_TABLES.catalog).toContain('catalog_product_entity_varchar');
    // Derived from the declared migration: every table its queries name, and the EAV value tables.
    expect(SERVICE_TABLES.catalog).toEqual(expect.arrayContaining(['store_website', 'eav_attribute', 'catalog_product_super_link', 'catalog_category_entity_int']));
    const union = unionTables(['catalog', 'catalog']);
    expect(new Set(union).size).toBe(union.length);
    expect(sourceDatabaseName('small', 'opensource', 42)).toBe('magemig_bench_small');
    expect(sourceDatabaseName('small', 'commerce', 7)).toBe('magemig_bench_small_ee_s7');
  });

  it('parses pgloader summaries and writes a load file without the password', () => {
    const summary = [
      '                    Total import time          ✓      17174   675.7 kB          0.448s',
    ].join('\n');
    expect(parsePgloaderSummary(summary)).toEqual({ rows: 17174, errors: 0 });
    expect(parsePgloaderSummary('  Total import time   3   100   1 kB   1.0s')).toEqual({ rows: 100, errors: 3 });
    expect(parsePgloaderSummary('nothing')).toBeNull();
    const file = loadFile(parseConnectionUrl('mysql://me:secret@db:3307/shop', 'mysql'), parseConnectionUrl('postgres://pg:pw@h:5433/out', 'postgres'), ['store', 'a']);
    expect(file).not.toContain('secret');
    expect(file).not.toContain('pw');
    expect(file).toContain("INCLUDING ONLY TABLE NAMES MATCHING 'store', 'a'");
    expect(file).toContain("ALTER SCHEMA 'shop' RENAME TO 'public';");
    expect(file).toMatch(/SET MySQL PARAMETERS net_read_timeout = '3600', net_write_timeout = '3600'\nINCLUDING/);
  });

  it('reads loaded and rejected counts from a migrate report and matches seed info', () => {
    const report = { services: [{ entities: [{ entity: 'products', loaded: 10, rejected: 2 }, { entity: 'categories', loaded: 5, rejected: 0 }] }] };
    expect(rowsFromReport(report)).toEqual({ rows: 17, rejected: 2 });
    expect(rowsFromReport(null)).toEqual({ rows: null, rejected: null });
    const info = { profile: 'small' as const, edition: 'opensource' as const, seed: 42, generatorVersion: GENERATOR_VERSION };
    expect(seedInfoMatches(info, { profile: 'small', edition: 'opensource', seed: 42 })).toBe(true);
    expect(seedInfoMatches({ ...info, generatorVersion: `${GENERATOR_VERSION}-old` }, { profile: 'small', edition: 'opensource', seed: 42 })).toBe(false);
    expect(seedInfoMatches(info, { profile: 'medium', edition: 'opensource', seed: 42 })).toBe(false);
    expect(seedInfoMatches(info, { profile: 'small', edition: 'opensource', seed: 7 })).toBe(false);
  });

  it('maps source column types to typed Postgres columns', () => {
    expect(pgTypeFor({ name: 'a', dataType: 'int', columnType: 'int(10) unsigned' })).toBe('bigint');
    expect(pgTypeFor({ name: 'a', dataType: 'smallint', columnType: 'smallint(5)' })).toBe('smallint');
    expect(pgTypeFor({ name: 'a', dataType: 'decimal', columnType: 'decimal(20,6)' })).toBe('numeric');
    expect(pgTypeFor({ name: 'a', dataType: 'datetime', columnType: 'datetime' })).toBe('timestamp');
    expect(pgTypeFor({ name: 'a', dataType: 'mediumblob', columnType: 'mediumblob' })).toBe('bytea');
    expect(pgTypeFor({ name: 'a', dataType: 'varchar', columnType: 'varchar(255)' })).toBe('text');
  });
});

describe('bench raw pipe, end to end', () => {
  let dbs: TestDatabases;
  const pgDb = () => `${dbs.pgPrefix}_raw`;

  beforeAll(async () => {
    dbs = await createTestDatabases('benchraw');
    const my = await mysql.createConnection(dbs.mysqlUrl);
    try {
      await my.query("SET SESSION sql_mode = ''");
      await my.query(`CREATE TABLE t (
        id int(10) unsigned NOT NULL, store_id smallint(5) unsigned NOT NULL,
        d datetime NULL, v varchar(255) NULL, n decimal(20,6) NULL, b mediumblob NULL,
        PRIMARY KEY (id, store_id))`);
      await my.query(`INSERT INTO t VALUES
        (1, 0, '0000-00-00 00:00:00', CONCAT('a', CHAR(0), 'b\\tc\\nd\\\\e'), 1.5, x'00ff5c'),
        (2, 1, NULL, NULL, NULL, NULL),
        (3, 1, '2024-01-02 03:04:05', 'héllo', -2, '')`);
    } finally {
      await my.end();
    }
    await ensurePgDatabase(parseConnectionUrl(dbs.pgUrl, 'postgres'), pgDb());
  });

  afterAll(async () => {
    await dbs?.cleanup();
  });

  it('copies a table through mariadb | psql into a typed table with its primary key', async () => {
    const source = parseConnectionUrl(dbs.mysqlUrl, 'mysql');
    const target = withDatabase(parseConnectionUrl(dbs.pgUrl, 'postgres'), pgDb());
    const my = await mysql.createConnection(dbs.mysqlUrl);
    let described;
    try {
      described = await describeSourceTables(my, dbs.mysqlDatabase, ['t', 'not_there']);
    } finally {
      await my.end();
    }
    expect(described.missing).toEqual(['not_there']);
    const [table] = described.found;
    expect(table.rows).toBe(3);
    expect(table.primaryKey).toEqual(['id', 'store_id']);
    expect(selectSql(table)).toContain("REPLACE(`v`, CHAR(0), '')");
    expect(createTableSql(table)).toContain('PRIMARY KEY ("id", "store_id")');

    const [result] = await runRawPipe([table], source, target);
    expect(result.error).toBeUndefined();
    expect(result.rows).toBe(3);
    expect(result.seconds).toBeGreaterThan(0);

    const client = new pg.Client({ connectionString: `${dbs.pgUrl}/${pgDb()}` });
    await client.connect();
    try {
      const { rows } = await client.query("SELECT id, store_id, to_char(d, 'YYYY-MM-DD HH24:MI:SS') AS d, v, n::text AS n, encode(b, 'hex') AS b FROM bench_t ORDER BY id");
      expect(rows).toEqual([
        { id: '1', store_id: 0, d: null, v: 'ab\tc\nd\\e', n: '1.500000', b: '00ff5c' },
        { id: '2', store_id: 1, d: null, v: null, n: null, b: null },
        { id: '3', store_id: 1, d: '2024-01-02 03:04:05', v: 'héllo', n: '-2.000000', b: '' },
      ]);
      const pk = await client.query("SELECT COUNT(*)::int AS n FROM pg_constraint WHERE conrelid = 'bench_t'::regclass AND contype = 'p'");
      expect(pk.rows[0].n).toBe(1);
    } finally {
      await client.end();
    }
  });
});
