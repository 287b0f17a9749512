/**
 * `magemig serve` as the benchmark runs it: a child process on loopback (port 0), its address read from its
 * log, its resident set sampled from /proc while the load runs (peak, and the value at each route's start and
 * end: a leak shows as RSS that keeps climbing from route to route).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from '../magemig.ts';

export interface ServeProcess {
  url: string;
  pid: number;
  /** Current VmRSS in bytes. */
  rss(): Promise<number>;
  /** VmHWM: the peak resident set so far. */
  peakRss(): Promise<number>;
  stop(): Promise<void>;
}

async function status(pid: number, field: 'VmRSS' | 'VmHWM'): Promise<number> {
  const text = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(text)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

export async function startServe(opts: { target: string; prefix: string; publicKeyPem: string; only?: string[] }): Promise<ServeProcess> {
  const args = ['serve', '--target', opts.target, '--db-prefix', opts.prefix, '--port', '0', ...(opts.only?.length ? ['--only', opts.only.join(',')] : [])];
  const child: ChildProcess = spawn(join(ROOT, 'bin', 'magemig'), args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    // The login limits are per client address, and every bench request comes from loopback: raised for the run.
    env: { ...process.env, MAGEMIG_AUTH_PUBLIC_KEY: opts.publicKeyPem, MAGEMIG_LOGINS_PER_ADDRESS: '1000000', MAGEMIG_LOGINS_PER_ACCOUNT: '1000000' },
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const onData = (d: Buffer): void => {
      out += d.toString();
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        child.stdout!.off('data', onData);
        // Keep draining the log so the child never blocks on a full pipe.
        child.stdout!.resume();
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`magemig serve exited (${code}) before listening: ${stderr.trim().split('\n').pop() ?? ''}`)));
  });
  const pid = child.pid!;
  return {
    url,
    pid,
    rss: () => status(pid, 'VmRSS'),
    peakRss: () => status(pid, 'VmHWM'),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
