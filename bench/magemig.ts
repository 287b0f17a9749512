/**
 * magemig itself: `./bin/magemig migrate --only <service> --restart` (or the whole migrate) into a fresh
 * database prefix, timed on the wall clock, with the peak RSS of the process (GNU time's maximum resident
 * set size when /usr/bin/time exists, else /proc/<pid>/status VmHWM read until the process exits).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTEXTS } from '../pipeline/registry.ts';
import type { ConnectionUrl } from '../core/connection-url.ts';
import { connectPg, quotePgIdent } from '../core/postgres.ts';

// Vault tokens are sealed with a key given to the run (a throwaway one for the bench's disposable targets).
const BENCH_PAYMENT_KEY = randomBytes(32).toString('base64');

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAGEMIG = join(ROOT, 'bin', 'magemig');
const GNU_TIME = '/usr/bin/time';

/**
 * Why a pipeline cannot be benchmarked yet (null: it can): the services `migrate` knows are its registry's.
 * Checked before spawning anything, so a missing pipeline prints a clear line instead of a crash.
 */
export function pipelineUnavailable(service: string | null): string | null {
  if (service === null) return null;
  const registered = CONTEXTS.map((s) => s.name);
  return registered.includes(service) ? null : `no magemig pipeline for '${service}' yet (migrate knows: ${registered.join(', ')})`;
}

/** Drops every database whose name starts with the prefix (the benchmark's own prefixes only). */
export async function dropPrefix(server: ConnectionUrl, prefix: string): Promise<void> {
  if (!prefix.startsWith('magemig_bench_')) throw new Error(`refusing to drop databases outside magemig_bench_*: ${prefix}`);
  const admin = await connectPg({ ...server, database: 'postgres' });
  try {
    const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [prefix]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${quotePgIdent(datname)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export interface MagemigRun {
  seconds: number | null;
  peakRssBytes: number | null;
  /** Rows loaded + rejected, from the run's JSON report when it writes one. */
  rows: number | null;
  rejected: number | null;
  error?: string;
}

/** Reads VmHWM (peak resident set) of a live process, in bytes; null once it is gone. */
async function readVmHwm(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Sums loaded and rejected rows over the report's entities. The report's shape belongs to the migrate
 * command; this reads any `entities`-like array of objects with numeric loaded/rejected fields.
 */
export function rowsFromReport(report: unknown): { rows: number | null; rejected: number | null } {
  let loaded = 0;
  let rejected = 0;
  let seen = false;
  const visit = (node: unknown, depth: number): void => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.loaded === 'number' && o.entity !== undefined) {
      seen = true;
      loaded += o.loaded;
      if (typeof o.rejected === 'number') rejected += o.rejected;
      return;
    }
    for (const v of Object.values(o)) visit(v, depth + 1);
  };
  visit(report, 0);
  return seen ? { rows: loaded + rejected, rejected } : { rows: null, rejected: null };
}

export interface MagemigArgs {
  sourceUrl: string;
  targetUrl: string;
  prefix: string;
  /** --only value (one service or a comma list); null runs the whole migrate. */
  only: string | null;
  /** Extra migrate options, e.g. ['--batch-size', '5000']. */
  extra?: string[];
}

/** One timed run. The prefix must be fresh (dropPrefix) so every run does the same work. */
export async function runMagemig(args: MagemigArgs): Promise<MagemigRun> {
  const dir = await mkdtemp(join(tmpdir(), 'magemig-bench-run-'));
  try {
    const report = join(dir, 'report.md');
    // URLs go through the environment: a password on a command line is visible to every user in ps.
    const cli = [MAGEMIG, 'migrate', '--db-prefix', args.prefix, '--restart', '--report', report];
    if (args.only !== null) cli.push('--only', args.only);
    cli.push(...(args.extra ?? []));
    const timeFile = join(dir, 'time.txt');
    const useGnuTime = existsSync(GNU_TIME);
    const [cmd, argv] = useGnuTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, ...cli]] : [cli[0], cli.slice(1)];

    const started = performance.now();
    const child = spawn(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CI: '1', MAGEMIG_SOURCE: args.sourceUrl, MAGEMIG_TARGET: args.targetUrl, MAGEMIG_PAYMENT_KEY: process.env.MAGEMIG_PAYMENT_KEY ?? BENCH_PAYMENT_KEY } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-65536)));
    // Without GNU time, poll the high-water mark: it only grows, so the last read before exit is the peak
    // up to the final poll interval.
    const polled = { peak: null as number | null };
    const poll = useGnuTime || child.pid === undefined ? null : setInterval(() => {
      void readVmHwm(child.pid as number).then((v) => { if (v !== null) polled.peak = Math.max(polled.peak ?? 0, v); });
    }, 100);
    const code = await new Promise<number | null>((resolve) => {
      child.on('error', () => resolve(null));
      child.on('close', (c) => resolve(c));
    });
    const seconds = (performance.now() - started) / 1000;
    if (poll) clearInterval(poll);

    let peakRssBytes = polled.peak;
    if (useGnuTime) {
      const kb = Number((await readFile(timeFile, 'utf8').catch(() => '')).trim().split('\n').pop());
      peakRssBytes = Number.isFinite(kb) && kb > 0 ? kb * 1024 : null;
    }
    if (code !== 0) {
      const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l && !/^Command exited with non-zero status/.test(l));
      // magemig's own one-line error, else the error line of a crash (not Node's trailing version line).
      const reason = lines.find((l) => l.startsWith('magemig:')) ?? lines.find((l) => /^[A-Za-z]*Error\b/.test(l)) ?? lines.pop() ?? `exit code ${code}`;
      return { seconds: null, peakRssBytes, rows: null, rejected: null, error: reason.slice(0, 300) };
    }
    const json = await readFile(join(dir, 'report.json'), 'utf8').then((t) => JSON.parse(t) as unknown, () => null);
    return { seconds, peakRssBytes, ...rowsFromReport(json) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
