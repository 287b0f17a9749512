/**
 * `magemig export redirects` on a migrated generated store: the nginx map that nginx itself accepts
 * (`nginx -t` on a config including it, every redirect of the map answered by a running nginx), and CSV /
 * JSON holding every row of the redirect map.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSource } from '../../generator/index.ts';
import { contentMigration } from '../../pipeline/content/index.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/** Debian's nginx (.ci/run installs it; a machine without it gets it here, as root). */
function nginxBinary(): string {
  const which = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return which.stdout.trim().split('\n')[0];
  const install = spawnSync('sh', ['-c', 'printf "#!/bin/sh\\nexit 101\\n" > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d; (apt-get install -y -q nginx || (apt-get update -q && apt-get install -y -q nginx)); rc=$?; rm -f /usr/sbin/policy-rc.d; exit $rc'], { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (install.status !== 0) throw new Error(`nginx is not installed and apt-get could not install it: ${install.stderr.slice(-500)}`);
  return '/usr/sbin/nginx';
}

/** One GET with a Host header (fetch does not let a caller set it). */
function get(port: number, path: string, host: string): Promise<{ status: number; location: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, location: String(res.headers.location ?? '') });
    });
    req.on('error', reject);
    req.end();
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

describe('magemig export redirects', () => {
  let dbs: TestDatabases;
  let dir: string;
  let db: pg.Client;
  const exportTo = async (format: string, file: string, store?: string) =>
    run(join(ROOT, 'bin', 'magemig'), ['export', 'redirects', '--target', dbs.pgUrl, '--db-prefix', dbs.pgPrefix, '--format', format, '--output', join(dir, file), ...(store ? ['--store', store] : [])], { cwd: ROOT });

  beforeAll(async () => {
    dbs = await createTestDatabases('contentexport');
    await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', force: true });
    const report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [contentMigration], batchSize: 100 });
    expect(report.status).toBe('completed');
    dir = mkdtempSync(join(tmpdir(), 'magemig-export-'));
    db = new pg.Client({ connectionString: `${dbs.pgUrl}/${dbs.pgPrefix}_content` });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await dbs?.cleanup();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes an nginx map that nginx accepts and redirects with', async () => {
    const nginx = nginxBinary();
    await exportTo('nginx', 'redirects.map');
    const map = readFileSync(join(dir, 'redirects.map'), 'utf8');
    const { rows } = await db.query(`SELECT s.code, r.request_path, r.target_path, r.redirect_type FROM url_redirect r JOIN store s ON s.magento_id = r.store_magento_id
      WHERE r.redirect_type IN (301, 302) ORDER BY r.magento_id`);
    expect(rows.length).toBeGreaterThan(10);
    expect((map.match(/^ {4}"/gm) ?? []).length).toBe(rows.length);
    const port = await freePort();
    const stores = [...new Set(rows.map((r) => r.code as string))];
    const conf = `pid ${dir}/nginx.pid; error_log ${dir}/error.log; daemon off; events {}
http { access_log off; client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  include ${dir}/redirects.map;
  ${stores.map((s, i) => `server { listen 127.0.0.1:${port + 0}${i === 0 ? '' : ''}; server_name ${s}.test;
    if ($magemig_301_${s}) { return 301 $magemig_301_${s}; } if ($magemig_302_${s}) { return 302 $magemig_302_${s}; } return 404; }`).join('\n  ')}
}`;
    writeFileSync(join(dir, 'nginx.conf'), conf);
    const test = spawnSync(nginx, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { encoding: 'utf8' });
    expect(test.status, test.stderr).toBe(0);
    expect(test.stderr).toContain('test is successful');
    // And a running nginx answers each redirect of the map with its code and target.
    const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: 'ignore' });
    try {
      let up = false;
      // nginx starts in the background: poll until it answers (bounded).
      for (let i = 0; i < 200 && !up; i++) up = await get(port, '/', 'x.test').then(() => true, () => new Promise<boolean>((r) => setTimeout(() => r(false), 25)));
      expect(up).toBe(true);
      for (const r of rows.slice(0, 50)) {
        const res = await get(port, `/${encodeURI(r.request_path)}`, `${r.code}.test`);
        expect(res.status, r.request_path).toBe(r.redirect_type);
        const location = res.location;
        expect(location.endsWith(/^https?:/.test(r.target_path) ? r.target_path : `/${r.target_path}`), `${r.request_path} -> ${location}`).toBe(true);
      }
    } finally {
      child.kill('SIGTERM');
    }
  }, 120_000);

  it('writes CSV and JSON with every row of the map, and one store view with --store', async () => {
    const { rows: [{ n }] } = await db.query('SELECT count(*)::int AS n FROM url_redirect WHERE store_magento_id > 0');
    await exportTo('csv', 'all.csv');
    const csv = readFileSync(join(dir, 'all.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('store,request_path,redirect_type,target_type,target_id,target_magento_id,target_path,category_id,category_magento_id,hops');
    expect(csv.length - 1).toBe(n);
    await exportTo('json', 'default.json', 'default');
    const json = JSON.parse(readFileSync(join(dir, 'default.json'), 'utf8')) as Array<{ store: string }>;
    const { rows: [{ d }] } = await db.query("SELECT count(*)::int AS d FROM url_redirect r JOIN store s ON s.magento_id = r.store_magento_id WHERE s.code = 'default'");
    expect(json.length).toBe(d);
    expect(new Set(json.map((r) => r.store))).toEqual(new Set(['default']));
    await expect(exportTo('json', 'x.json', 'nosuchstore')).rejects.toMatchObject({ stderr: expect.stringContaining("no store view with code 'nosuchstore'") });
  }, 60_000);
});
