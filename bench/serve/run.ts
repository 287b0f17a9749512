/**
 * npm run bench -- --serve [--stores luma,medium] [--seconds 10] [--connections 16] [--only catalog,...] [--reuse]
 *
 * The services under load: migrates each store (the real Luma dump, and a generated profile) into its own
 * prefix, starts `magemig serve` on loopback, and measures every hot route with autocannon: requests/s,
 * p50/p99/max latency, errors, the server's RSS at each route's start and end and its peak. Results go to
 * bench/results/serve/ and are printed as a Markdown table (bench/README.md keeps the latest).
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connectPg, type PgClient } from '../../core/postgres.ts';
import { parseConnectionUrl } from '../../core/connection-url.ts';
import { signToken } from '../../services/kit/index.ts';
import { DEFAULT_SEED } from '../config.ts';
import { runMagemig } from '../magemig.ts';
import { RESULTS_DIR } from '../results-store.ts';
import { ensureSourceDatabase } from '../source-db.ts';
import { ensureLumaSource } from './luma-source.ts';
import { loadRoute, type LoadResult } from './load.ts';
import { ROUTES } from './routes.ts';
import { startServe } from './server.ts';
import { renderServeTable, type RouteResult, type ServeResult } from './render.ts';

const { values: args } = parseArgs({
  options: {
    serve: { type: 'boolean', default: true },
    stores: { type: 'string', default: 'luma,medium' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    'max-requests': { type: 'string', default: '200000' },
    only: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    target: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
    mysql: { type: 'string', default: 'mysql://root@127.0.0.1:3306' },
  },
  strict: true,
});

const log = (line: string): void => void process.stdout.write(`${line}\n`);
const seconds = Number(args.seconds);
const connections = Number(args.connections);
const maxRequests = Number(args['max-requests']);
const only = args.only?.split(',').map((s) => s.trim()).filter(Boolean);
const target = parseConnectionUrl(args.target, 'postgres');

async function databaseExists(name: string): Promise<boolean> {
  const admin = await connectPg({ ...target, database: 'postgres' });
  try {
    return (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rows.length > 0;
  } finally {
    await admin.end();
  }
}

async function sourceOf(store: string): Promise<string> {
  if (store === 'luma') return ensureLumaSource(args.mysql, log);
  return ensureSourceDatabase({ server: args.mysql, profile: store, edition: 'opensource', seed: DEFAULT_SEED, log });
}

async function benchStore(store: string): Promise<ServeResult> {
  const prefix = `magemig_bench_serve_${store}`;
  if (!(args.reuse && (await databaseExists(`${prefix}_catalog`)))) {
    const sourceUrl = await sourceOf(store);
    log(`${store}: migrating every service into ${prefix}_*`);
    const run = await runMagemig({ sourceUrl, targetUrl: args.target, prefix, only: null });
    if (run.error) throw new Error(`${store}: migrate failed: ${run.error}`);
    log(`${store}: migrated ${run.rows} rows in ${run.seconds?.toFixed(1)} s`);
  }
  const keys = generateKeyPairSync('ed25519');
  const staff = `Bearer ${await signToken(keys.privateKey, { kind: 'staff', id: '00000000-0000-0000-0000-000000000000', roles: ['admin'] }, '2h')}`;
  const routes = ROUTES.filter((r) => (!only || only.includes(r.service)) && !(r.generatedOnly && store === 'luma'));
  const server = await startServe({ target: args.target, prefix, publicKeyPem: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString(), only: [...new Set(routes.map((r) => r.service))] });
  const results: RouteResult[] = [];
  try {
    for (const route of routes) {
      const db: PgClient = await connectPg({ ...target, database: `${prefix}_${route.service}` });
      const sample = await route.sample(db, 5000).finally(() => db.end());
      if (sample.length === 0) {
        results.push({ route: route.name, service: route.service, target: route.target, skipped: 'nothing to ask for in this store' });
        continue;
      }
      const requests = sample.map((s) => ({ method: route.method, path: s.path, headers: { ...(route.auth === 'staff' ? { authorization: staff } : {}), ...(s.body ? { 'content-type': 'application/json' } : {}) }, body: s.body ? JSON.stringify(s.body) : undefined }));
      // Warm-up: prepared statements, JIT, pools; then the measured run.
      await loadRoute(server.url, requests, { connections, seconds: 2, maxRequests });
      const rssBefore = await server.rss();
      const load: LoadResult = await loadRoute(server.url, requests, { connections, seconds, maxRequests });
      const rssAfter = await server.rss();
      results.push({ route: route.name, service: route.service, target: route.target, keys: sample.length, load, rssBefore, rssAfter });
      log(`${store}: ${route.name}: ${load.rps} req/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, max ${load.maxMs} ms, errors ${load.non2xx + load.errors + load.timeouts}`);
    }
    return { store, finishedAt: new Date().toISOString(), connections, seconds, peakRss: await server.peakRss(), routes: results };
  } finally {
    await server.stop();
  }
}

console.error('serve bench: start');
const all: ServeResult[] = [];
for (const store of args.stores.split(',').map((s) => s.trim()).filter(Boolean)) {
  const result = await benchStore(store);
  all.push(result);
  const dir = join(RESULTS_DIR, 'serve');
  await mkdir(dir, { recursive: true });
  const stamp = result.finishedAt.replace(/[:.]/g, '-');
  for (const f of [`${store}-${stamp}.json`, `latest-${store}.json`]) await writeFile(join(dir, f), `${JSON.stringify(result, null, 2)}\n`);
}
log('');
log(renderServeTable(all));
