/**
 * The services' kit under load and failure (functional, not timed): bearer tokens (missing, forged, expired,
 * another customer's, staff roles), a burst far beyond the pool queueing and answered, Postgres connections
 * killed under the service giving 503 with a retry hint and then recovering, and unknown query parameters refused.
 */
import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTarget } from '../../core/postgres.ts';
import { applyMigrations } from '../../loaders/schema-migrations.ts';
import { AUDIENCE, buildHttpServer, createAuth, ISSUER, type HttpServer } from '../../services/kit/index.ts';
import { probeService } from '../fixtures/probe-service.ts';
import { pgClient } from '../fixtures/target-dump.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

const ALICE = '11111111-1111-5111-8111-111111111111';
const BOB = '22222222-2222-5222-8222-222222222222';
const keys = generateKeyPairSync('ed25519');
const other = generateKeyPairSync('ed25519');
let dbs: TestDatabases;
let server: HttpServer;

async function token(sub: string, opts: { roles?: string[]; exp?: string | number; key?: typeof keys.privateKey; aud?: string } = {}): Promise<string> {
  return new SignJWT(opts.roles ? { roles: opts.roles } : {})
    .setProtectedHeader({ alg: 'EdDSA' }).setSubject(sub).setIssuer(ISSUER).setAudience(opts.aud ?? AUDIENCE).setIssuedAt()
    .setExpirationTime(opts.exp ?? '5m').sign(opts.key ?? keys.privateKey);
}

const get = (url: string, bearer?: string) => server.app.inject({ method: 'GET', url, headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });

beforeAll(async () => {
  dbs = await createTestDatabases('kit');
  const admin = await pgClient('postgres');
  await admin.query(`CREATE DATABASE "${dbs.pgPrefix}_probe"`);
  await admin.end();
  const c = await pgClient(`${dbs.pgPrefix}_probe`);
  await applyMigrations(c, probeService.migrationsDir);
  await c.query(`INSERT INTO record VALUES (gen_random_uuid(), '${ALICE}', 'a'), (gen_random_uuid(), '${BOB}', 'b')`);
  await c.end();
  server = await buildHttpServer({ target: parseTarget(dbs.pgUrl), prefix: dbs.pgPrefix, services: [probeService], poolSize: 2, auth: createAuth(keys.publicKey), statementTimeoutMs: 2000 });
});
afterAll(async () => {
  await server?.close();
  await dbs?.cleanup();
});

describe('bearer tokens on private routes', () => {
  it('answers 401 without a token, with a forged, expired or foreign-audience one, each with its own code', async () => {
    const codes = async (bearer?: string) => {
      const r = await get(`/probe/records/${ALICE}`, bearer);
      return [r.statusCode, r.json().code];
    };
    expect(await codes()).toEqual([401, 'TOKEN_MISSING']);
    expect(await codes(await token(`customer:${ALICE}`, { key: other.privateKey }))).toEqual([401, 'TOKEN_INVALID']);
    expect(await codes(await token(`customer:${ALICE}`, { exp: Math.floor(Date.now() / 1000) - 60 }))).toEqual([401, 'TOKEN_EXPIRED']);
    expect(await codes(await token(`customer:${ALICE}`, { aud: 'elsewhere' }))).toEqual([401, 'TOKEN_INVALID']);
    expect(await codes(await token('somebody'))).toEqual([401, 'TOKEN_INVALID']);
  });

  it("lets a customer read its own records only, and staff with the role anyone's", async () => {
    expect((await get(`/probe/records/${ALICE}`, await token(`customer:${ALICE}`))).statusCode).toBe(200);
    const foreign = await get(`/probe/records/${BOB}`, await token(`customer:${ALICE}`));
    expect([foreign.statusCode, foreign.json().code]).toEqual([403, 'FORBIDDEN']);
    expect((await get(`/probe/records/${BOB}`, await token(`staff:${ALICE}`, { roles: ['support'] }))).statusCode).toBe(200);
    expect((await get(`/probe/records/${BOB}`, await token(`staff:${ALICE}`, { roles: ['catalog'] }))).statusCode).toBe(403);
  });

  it('refuses every private request when no key is configured, and public routes stay open', async () => {
    const open = await buildHttpServer({ target: parseTarget(dbs.pgUrl), prefix: dbs.pgPrefix, services: [probeService] });
    try {
      const r = await open.app.inject({ method: 'GET', url: `/probe/records/${ALICE}`, headers: { authorization: `Bearer ${await token(`customer:${ALICE}`)}` } });
      expect([r.statusCode, r.json().code]).toEqual([401, 'AUTH_NOT_CONFIGURED']);
      expect((await open.app.inject('/probe/public')).json()).toEqual({ ok: true });
      const doc = (await open.app.inject('/probe/openapi.json')).json();
      expect(Object.keys(doc.paths)).toContain('/probe/records/{customer}');
    } finally {
      await open.close();
    }
  });
});

describe('under load and failure', () => {
  it('queues a burst far beyond its pool of 2 and answers every request', async () => {
    const answers = await Promise.all(Array.from({ length: 60 }, () => get('/probe/slow?ms=20')));
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 200));
  });

  it('answers 503 with Retry-After while Postgres drops its connections or is too slow, then recovers by itself', async () => {
    const slow = get('/probe/slow?ms=1500');
    const admin = await pgClient('postgres');
    // Wait until the request's statement runs, then terminate every backend of the service's database.
    for (let i = 0; i < 200; i++) {
      const { rows } = await admin.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND query LIKE 'SELECT pg_sleep%'", [`${dbs.pgPrefix}_probe`]);
      if (rows[0].n > 0) break;
      await new Promise((r) => setImmediate(r));
    }
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [`${dbs.pgPrefix}_probe`]);
    await admin.end();
    const dropped = await slow;
    expect([dropped.statusCode, dropped.json().code, dropped.headers['retry-after']]).toEqual([503, 'UNAVAILABLE', '1']);
    const timedOut = await get('/probe/slow?ms=3000');
    expect([timedOut.statusCode, timedOut.headers['retry-after']]).toEqual([503, '1']);
    expect((await get('/probe/public')).json()).toEqual({ ok: true });
  });

  it('refuses unknown query parameters with the common error shape', async () => {
    const r = await get('/probe/public?surprise=1');
    expect(r.statusCode).toBe(400);
    expect(r.json()).toEqual({ statusCode: 400, error: 'Bad Request', code: 'BAD_REQUEST', message: 'unknown query parameter(s): surprise' });
  });
});

describe('a service database behind its schema', () => {
  it('refuses to serve a database that lacks one of the service schema migrations, naming it and the command that applies it', async () => {
    const admin = await pgClient('postgres');
    await admin.query(`CREATE DATABASE "${dbs.pgPrefix}_old_probe"`);
    await admin.end();
    const c = await pgClient(`${dbs.pgPrefix}_old_probe`);
    await applyMigrations(c, probeService.migrationsDir);
    const { rows } = await c.query<{ name: string }>("SELECT max(name) AS name FROM magemig.schema_migrations WHERE name NOT LIKE 'bookkeeping/%'");
    await c.query('DELETE FROM magemig.schema_migrations WHERE name = $1', [rows[0].name]);
    await c.end();
    const start = () => buildHttpServer({ target: parseTarget(dbs.pgUrl), prefix: `${dbs.pgPrefix}_old`, services: [probeService], poolSize: 1 });
    await expect(start()).rejects.toMatchObject({
      code: 'SCHEMA_BEHIND',
      message: `database '${dbs.pgPrefix}_old_probe' lacks the probe service's schema migration ${rows[0].name}: run magemig migrate --only probe (it applies them to the migrated rows and resumes; nothing is loaded twice)`,
    });
  });
});
