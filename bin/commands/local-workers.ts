/**
 * The worker processes `migrate --workers N` starts on this machine: `magemig worker --exit-when-done <run>`,
 * each a process of its own (the transform is CPU work: one core each). The source URL reaches them through
 * the environment, never their command line (ps would show a password).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAGEMIG = join(dirname(fileURLToPath(import.meta.url)), '..', 'magemig');

export interface LocalWorkers {
  /** Waits until every worker has left (they do once the run is finished); kills the ones that do not. */
  wait(timeoutMs?: number): Promise<void>;
  kill(): void;
}

export function startLocalWorkers(n: number, opts: { source: string; target: string; dbPrefix: string; runId: string; logFile?: string }): LocalWorkers {
  const children: ChildProcess[] = [];
  for (let i = 0; i < n; i++) {
    const args = ['worker', '--db-prefix', opts.dbPrefix, '--exit-when-done', opts.runId, ...(opts.logFile ? ['--log-file', opts.logFile] : [])];
    children.push(spawn(MAGEMIG, args, { env: { ...process.env, MAGEMIG_SOURCE: opts.source, MAGEMIG_TARGET: opts.target }, stdio: ['ignore', 'ignore', 'inherit'] }));
  }
  const exited = children.map((c) => new Promise<void>((resolve) => (c.exitCode !== null ? resolve() : c.once('exit', () => resolve()))));
  return {
    async wait(timeoutMs = 60_000) {
      const timer = setTimeout(() => children.forEach((c) => c.kill('SIGTERM')), timeoutMs);
      await Promise.all(exited);
      clearTimeout(timer);
    },
    kill() {
      for (const c of children) c.kill('SIGTERM');
    },
  };
}
