/**
 * pgloader on the same source tables, with its defaults (create tables, indexes, foreign keys, reset
 * sequences: what its users get) and the one fix this machine needs: SBCL's default heap dies on wide
 * tables, --dynamic-space-size 4096 gives it 4 GB.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ConnectionUrl } from '../core/connection-url.ts';

const run = promisify(execFile);

/** pgloader's version, or null when it is not installed or cannot start. */
export async function pgloaderVersion(): Promise<string | null> {
  try {
    const { stdout } = await run('pgloader', ['--version'], { timeout: 60_000 });
    return /version "?([^"\s]+)"?/.exec(stdout)?.[1] ?? stdout.trim().split('\n')[0];
  } catch {
    return null;
  }
}

/**
 * Installs pgloader with apt when it is missing (the benchmark machine is a throwaway box we are root on).
 * Returns a one-line reason when it still cannot run, so the output says so instead of skipping silently.
 */
export async function ensurePgloader(log: (line: string) => void): Promise<{ version: string | null; problem?: string }> {
  let version = await pgloaderVersion();
  if (version) return { version };
  if (process.getuid?.() !== 0) return { version: null, problem: 'pgloader is not installed (install it: apt-get install pgloader)' };
  log('pgloader is missing: installing it with apt-get (apt-get update && apt-get install -y pgloader)');
  try {
    await run('apt-get', ['update', '-qq'], { timeout: 600_000 });
    await run('apt-get', ['install', '-y', '-qq', 'pgloader'], { timeout: 600_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  } catch (err) {
    const msg = (err as { stderr?: string; message?: string }).stderr?.trim().split('\n').pop() ?? (err as Error).message;
    return { version: null, problem: `pgloader could not be installed with apt-get: ${msg}` };
  }
  version = await pgloaderVersion();
  return version ? { version } : { version: null, problem: 'pgloader was installed but does not start (pgloader --version failed)' };
}

/** The load command: only the given tables, into `public` of the target database. */
export function loadFile(source: ConnectionUrl, target: ConnectionUrl, tables: string[]): string {
  // Credentials stay out of the file: pgloader reads MYSQL_PWD and PGPASSWORD.
  const from = `mysql://${encodeURIComponent(source.user)}@${source.host}:${source.port}/${source.database}`;
  const into = `postgresql://${encodeURIComponent(target.user)}@${target.host}:${target.port}/${target.database}`;
  const names = tables.map((t) => `'${t.replace(/'/g, "''")}'`).join(', ');
  return [
    'LOAD DATABASE',
    `  FROM ${from}`,
    `  INTO ${into}`,
    // pgloader's own 240 s read and write timeouts: on `large` (2026-12-03) MariaDB closed a connection whose
    // reader waited longer for its writers ("couldn't read from ... socket"); pgloader's documented remedy.
    "SET MySQL PARAMETERS net_read_timeout = '3600', net_write_timeout = '3600'",
    `INCLUDING ONLY TABLE NAMES MATCHING ${names}`,
    `ALTER SCHEMA '${source.database}' RENAME TO 'public';`,
    '',
  ].join('\n');
}

export interface PgloaderSummary {
  rows: number | null;
  errors: number;
}

/** Reads the "Total import time" line of pgloader's summary: rows loaded and error count. */
export function parsePgloaderSummary(output: string): PgloaderSummary | null {
  const line = output.split('\n').find((l) => /^\s*Total import time\b/.test(l));
  if (!line) return null;
  const fields = line.replace(/^\s*Total import time\s+/, '').trim().split(/\s+/);
  const errors = fields[0] === '✓' ? 0 : Number(fields[0]) || 0;
  const rows = Number(fields[1]);
  return { rows: Number.isFinite(rows) ? rows : null, errors };
}

export interface PgloaderRun {
  seconds: number | null;
  rows: number | null;
  errors: number;
  error?: string;
}

/** One timed pgloader run (the target database must exist and be empty). */
export async function runPgloader(source: ConnectionUrl, target: ConnectionUrl, tables: string[]): Promise<PgloaderRun> {
  const dir = await mkdtemp(join(tmpdir(), 'magemig-bench-pgloader-'));
  try {
    const file = join(dir, 'bench.load');
    await writeFile(file, loadFile(source, target, tables), { mode: 0o600 });
    const env: NodeJS.ProcessEnv = { ...process.env };
    if (source.password) env.MYSQL_PWD = source.password;
    if (target.password) env.PGPASSWORD = target.password;
    const started = performance.now();
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn('pgloader', ['--dynamic-space-size', '4096', '--root-dir', dir, file], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('error', (e) => resolve({ code: null, output: e.message }));
      child.on('close', (c) => resolve({ code: c, output }));
    });
    const seconds = (performance.now() - started) / 1000;
    const summary = parsePgloaderSummary(output);
    if (code !== 0 || !summary) {
      const reason = output.split('\n').find((l) => /\b(FATAL|ERROR)\b|heap exhausted/i.test(l))?.trim() ?? `exit code ${code}`;
      return { seconds: null, rows: null, errors: 0, error: reason.slice(0, 300) };
    }
    return { seconds, rows: summary.rows, errors: summary.errors };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
