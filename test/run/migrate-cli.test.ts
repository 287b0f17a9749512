/**
 * `./bin/magemig migrate` as users run it: usage errors, a fatal error with a one-line reason and a
 * report, and on the real Luma dump (loaded into this file's own database) a dry run that creates nothing,
 * a run, and a rerun that changes nothing.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabases, listPgDatabases, type TestDatabases } from '../support/databases.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';
import { dumpDatabase } from '../fixtures/target-dump.ts';
import type { RunReport } from '../../pipeline/report.ts';
import { CONTEXTS } from '../../pipeline/registry.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function magemig(args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await run(join(ROOT, 'bin', 'magemig'), ['migrate', ...args], { cwd: ROOT, env: { ...process.env, CI: '1' } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dbs: TestDatabases;
let tmp: string;

beforeAll(async () => {
  dbs = await createTestDatabases('migratecli');
  tmp = await mkdtemp(join(tmpdir(), 'magemig-cli-'));
});

afterAll(async () => {
  await dbs?.cleanup();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('magemig migrate: errors', () => {
  it('refuses bad options with a one-line usage error (exit 2)', async () => {
    const base = ['--source', dbs.mysqlUrl, '--target', dbs.pgUrl, '--db-prefix', dbs.pgPrefix];
    const cases: Array<[string[], string]> = [
      [['--batch-size', '0'], 'magemig: --batch-size must be a positive integer, got "0"\n'],
      [['--only', 'nope'], `magemig: unknown service nope in --only (known: ${CONTEXTS.map((c) => c.name).join(', ')})\n`],
      [['--null-policy', 'maybe'], 'magemig: --null-policy must be inherit or explicit, got "maybe"\n'],
      [['--staging-version', 'soon'], 'magemig: --staging-version must be a positive integer, got "soon"\n'],
    ];
    for (const [extra, message] of cases) {
      const r = await magemig([...base, ...extra]);
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 2, stderr: message });
    }
  });

  it('stops on a fatal error with a one-line reason, non-zero exit, and still writes the report', async () => {
    const file = join(tmp, 'failed.md');
    // This file's MariaDB database is empty: not a Magento store.
    const r = await magemig(['--source', dbs.mysqlUrl, '--target', dbs.pgUrl, '--db-prefix', `${dbs.pgPrefix}_f`, '--report', file]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`^magemig: database '${dbs.mysqlDatabase}' is empty: not a Magento 2 database`));
    // Refused before any target database was created.
    expect(await listPgDatabases(`${dbs.pgPrefix}_f`)).toEqual([]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toContain('FAILED');
    const json = JSON.parse(await readFile(join(tmp, 'failed.json'), 'utf8')) as RunReport;
    expect(json.status).toBe('failed');
    expect(`magemig: ${json.error}\n`).toBe(r.stderr);
    expect(await readFile(file, 'utf8')).toContain('- Status: **failed**');
  });

  it('never shows the source password', async () => {
    const r = await magemig(['--source', dbs.mysqlUrl.replace('root@', 'root:pw-never-shown@'), '--target', dbs.pgUrl, '--db-prefix', `${dbs.pgPrefix}_f`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^magemig: access denied for root@127.0.0.1:3306\/\S+ \(check user and password\)\n$/);
    expect(r.stdout + r.stderr).not.toContain('pw-never-shown');
  });
});

describe.skipIf(!lumaAvailable)('magemig migrate on the real Luma dump', () => {
  beforeAll(async () => {
    await loadLumaDump(dbs.mysqlDatabase);
  });

  it('dry run: creates no database, reports would-load counts that add up, as Markdown and JSON', async () => {
    const before = await listPgDatabases(dbs.pgPrefix);
    const file = join(tmp, 'dry.md');
    const r = await magemig(['--source', dbs.mysqlUrl, '--target', dbs.pgUrl, '--db-prefix', `${dbs.pgPrefix}_luma`, '--dry-run', '--report', file]);
    expect(r.stderr).not.toMatch(/^magemig:/m);
    expect(r.code).toBe(0);
    expect(await listPgDatabases(dbs.pgPrefix)).toEqual(before);
    expect(r.stdout).toMatch(/would load/);
    expect(r.stdout).toContain('the counts add up');
    // Plain progress lines (not a terminal) on stderr.
    expect(r.stderr).toMatch(/^catalog\/categories: done, 40 loaded/m);
    const json = JSON.parse(await readFile(join(tmp, 'dry.json'), 'utf8')) as RunReport;
    expect(json).toMatchObject({ status: 'completed', dryRun: true, countsAddUp: true, edition: 'opensource' });
    const categories = json.services[0].entities.find((e) => e.entity === 'categories');
    expect(categories).toMatchObject({ status: 'dry-run', sourceCount: 40, loaded: 40 });
    expect(await readFile(file, 'utf8')).toContain('# magemig migrate: dry run (validation report)');
  });

  it('runs, then a second run changes nothing', async () => {
    const args = ['--source', dbs.mysqlUrl, '--target', dbs.pgUrl, '--db-prefix', `${dbs.pgPrefix}_luma`, '--only', 'catalog', '--batch-size', '500'];
    const first = await magemig(args);
    expect(first.stderr).not.toMatch(/^magemig:/m);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('the counts add up');
    const database = `${dbs.pgPrefix}_luma_catalog`;
    const after = await dumpDatabase(database);
    const second = await magemig(args);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/already-done/);
    expect(second.stdout).not.toMatch(/\bloaded\s+\d/);
    expect(await dumpDatabase(database)).toEqual(after);
  });

  it('--config (YAML) gives the options, a flag wins over it, and --json prints one document and nothing else', async () => {
    const config = join(tmp, 'magemig.yaml');
    await writeFile(config, `# magemig options\nsource: ${dbs.mysqlUrl}\ntarget: ${dbs.pgUrl}\ndb-prefix: ${dbs.pgPrefix}_cfg\nbatch-size: 300\ndry-run: true\nonly: catalog\n`);
    const r = await magemig(['--config', config, '--batch-size', '400', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as RunReport;
    expect(doc).toMatchObject({ kind: 'migrate', dryRun: true, batchSize: 400, dbPrefix: `${dbs.pgPrefix}_cfg`, countsAddUp: true });
    expect(r.stderr).toContain('the counts add up');
    const bad = join(tmp, 'bad.json');
    await writeFile(bad, JSON.stringify({ source: dbs.mysqlUrl, target: dbs.pgUrl, 'batch-sise': 10 }));
    const refused = await magemig(['--config', bad]);
    expect({ code: refused.code, stderr: refused.stderr }).toEqual({ code: 2, stderr: `magemig: --config ${bad}: unknown option 'batch-sise' for migrate (known: source, target, db-prefix, only, batch-size, dry-run, report, restart, null-policy, staging-version, no-progress, log-file, workers, json, carts-since)\n` });
    const none = await magemig(['--db-prefix', 'x']);
    expect({ code: none.code, stderr: none.stderr }).toEqual({ code: 2, stderr: "magemig: required option '--source <url>' not specified (give it, MAGEMIG_SOURCE or put 'source' in --config)\n" });
  });
});
