/**
 * POST /customers/login end to end, on a customer database holding one account per hash format (the vectors
 * of fixtures/passwords-vectors.json): every format opens with its password and not with a wrong one, a
 * legacy hash is re-hashed to Magento's argon2id format in the login's own UPDATE and the next login verifies
 * against the new hash; lockout as Magento's Authentication counts it; an unknown e-mail answers like a wrong
 * password, in about the same time; the argon2 limiter keeps other routes answering (a read is answered while
 * admitted logins still wait for the hash slot).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import { applyMigrations } from '../../loaders/schema-migrations.ts';
import { customerPasswords, customerService } from '../../services/customer/index.ts';
import { installErrorHandlers, mountService } from '../../services/kit/index.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { staffHeaders } from '../support/tokens.ts';
import { customerApp, type CustomerApp } from './support.ts';

interface Vector { id: string; password: string; wrongPassword: string; stored: string; cryptKey?: string; validRight: boolean }
const vectors = (JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'passwords-vectors.json'), 'utf8')) as { vectors: Vector[] }).vectors;
const DEFAULT_KEY = 'f3e25f7e9e7f4f1d0c4a1e6b0b7d2c5a';

let dbs: TestDatabases;
let db: pg.Client;
let database: string;
const apps: CustomerApp[] = [];

const emailOf = (id: string) => `${id.replace(/[^a-z0-9]/gi, '-')}@example.com`;
let nextId = 1;

/** A customer on website 1 ('base') with a hash; returns its Magento id. */
async function addCustomer(email: string, hash: string | null, extra: { confirmed?: boolean } = {}): Promise<number> {
  const id = nextId++;
  const uuid = entityUuid('customer', id);
  await db.query(
    `INSERT INTO customer (id, magento_id, website_id, website_magento_id, email, email_key, email_scope, is_active, disable_auto_group_change, confirmed)
     VALUES ($1, $2, $3, 1, $4, lower($4), 1, true, false, $5)`,
    [uuid, id, entityUuid('website', 1), email, extra.confirmed ?? true],
  );
  await db.query('INSERT INTO customer_credentials (customer_id, password_hash, password_algorithm, migrated_algorithm) VALUES ($1, $2, $3, $3)', [uuid, hash, hash ? algorithm(hash) : null]);
  return id;
}

function algorithm(hash: string): string | null {
  const r = customerPasswords.parsePasswordHash(hash);
  return r?.ok ? customerPasswords.algorithmOf(r.parsed) : null;
}

async function app(options: Parameters<typeof customerApp>[2] = {}): Promise<CustomerApp> {
  const a = await customerApp(dbs.pgUrl, database, options);
  apps.push(a);
  return a;
}

const login = (a: CustomerApp, email: string, password: string, website = 'base') =>
  a.app.inject({ method: 'POST', url: '/customers/login', payload: { email, password, website } });

const credentials = async (magentoId: number) =>
  (await db.query('SELECT cr.* FROM customer_credentials cr JOIN customer c ON c.id = cr.customer_id WHERE c.magento_id = $1', [magentoId])).rows[0];

beforeAll(async () => {
  dbs = await createTestDatabases('custlogin');
  database = `${dbs.pgPrefix}_customer`;
  const admin = new pg.Client({ connectionString: `${dbs.pgUrl}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  db = new pg.Client({ connectionString: `${dbs.pgUrl}/${database}` });
  await db.connect();
  await applyMigrations(db, customerService.migrationsDir);
  await db.query("INSERT INTO website VALUES ($1, 1, 'base', 'Main Website'), ($2, 2, 'other', 'Other')", [entityUuid('website', 1), entityUuid('website', 2)]);
  for (const v of vectors) await addCustomer(emailOf(v.id), v.stored);
});

afterAll(async () => {
  for (const a of apps) await a.close();
  await db?.end();
  await dbs?.cleanup();
});

describe('every hash format over HTTP', () => {
  it.each(vectors.map((v) => [v.id, v] as const))('%s: the right password opens it, then opens the re-hashed one; a wrong one never', async (_id, v) => {
    const a = await app({ cryptKey: v.cryptKey ?? DEFAULT_KEY });
    const email = emailOf(v.id);
    const wrong = await login(a, email, v.wrongPassword);
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('INVALID_CREDENTIALS');
    const id = Number(email === emailOf(v.id) ? vectors.indexOf(v) + 1 : 0);
    const right = await login(a, email, v.password);
    expect(right.statusCode, right.body).toBe(200);
    const parsed = customerPasswords.parsePasswordHash(v.stored);
    const rehash = parsed?.ok ? customerPasswords.needsRehash(parsed.parsed) : false;
    expect(right.json()).toEqual({ id: entityUuid('customer', id), magento_id: id, website_magento_id: 1, password_upgraded: rehash });
    expect(right.body).not.toContain(v.stored.slice(0, 20));
    const after = await credentials(id);
    expect(after.failures_num).toBe(0);
    if (rehash) {
      expect(after.password_hash).toMatch(/^[0-9a-f]{64}:[A-Za-z0-9]{32}:3_32_2_67108864$/);
      expect(after.password_algorithm).toBe(customerPasswords.CURRENT_ALGORITHM);
      expect(after.password_upgraded_at).not.toBeNull();
    } else expect(after.password_hash).toBe(v.stored);
    const again = await login(a, email, v.password);
    expect(again.json().password_upgraded).toBe(false);
    expect((await login(a, email, v.wrongPassword)).statusCode).toBe(401);
    const shown = await a.app.inject({ method: 'GET', headers: await staffHeaders(['customers']), url: `/customers/${id}` });
    expect(shown.json().password).toEqual({ algorithm: after.password_algorithm, upgraded_at: after.password_upgraded_at?.toISOString() ?? null });
    expect(shown.body).not.toContain(after.password_hash.slice(0, 20));
  }, 30_000);

  it('an HMAC hash fails without crypt/key, as in a Magento that lost its key', async () => {
    const id = await addCustomer('hmac-nokey@example.com', vectors.find((v) => v.id === 'hmac')!.stored);
    const a = await app({});
    expect((await login(a, 'hmac-nokey@example.com', 'Tr0ub4dor&3')).statusCode).toBe(401);
    expect((await credentials(id)).password_algorithm).toBe('magento:hmac-sha256');
  });

  it('no password, or an e-mail of another website, opens nothing', async () => {
    await addCustomer('nopass@example.com', null);
    const a = await app();
    expect((await login(a, 'nopass@example.com', 'anything')).json().code).toBe('INVALID_CREDENTIALS');
    expect((await login(a, emailOf('v1'), 'Tr0ub4dor&3', 'other')).json().code).toBe('INVALID_CREDENTIALS');
    expect((await login(a, emailOf('v1'), 'Tr0ub4dor&3', 'nowhere')).statusCode).toBe(404);
    expect((await a.app.inject({ method: 'POST', url: '/customers/login', payload: { email: 'x@example.com', password: 'p' } })).statusCode).toBe(400);
  });
});

describe('an unknown e-mail', () => {
  it('gets the answer of a wrong password, after about the same work', async () => {
    const email = 'timing@example.com';
    await addCustomer(email, vectors.find((v) => v.id === 'v1')!.stored);
    const a = await app();
    const time = async (e: string): Promise<{ ms: number; body: string; status: number }> => {
      const t = performance.now();
      const r = await login(a, e, 'not the password');
      return { ms: performance.now() - t, body: r.body, status: r.statusCode };
    };
    const unknown: number[] = [];
    const known: number[] = [];
    for (let i = 0; i < 3; i++) {
      const u = await time('nobody@example.com');
      const k = await time(email);
      expect(u.status).toBe(401);
      expect(u.body).toBe(k.body);
      unknown.push(u.ms);
      known.push(k.ms);
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[1];
    // A sha256 account costs microseconds to check: the service pads it with one argon2, as for the unknown e-mail.
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
    // Failures of a real account are counted; none for an unknown e-mail (there is no one to count them on).
    const [{ failures_num }] = (await db.query('SELECT failures_num FROM customer_credentials cr JOIN customer c ON c.id = cr.customer_id WHERE c.email = $1', [email])).rows;
    expect(failures_num).toBe(3);
  }, 60_000);
});

describe('lockout (customer/password/lockout_failures, lockout_threshold)', () => {
  it('locks on the n-th failure for the threshold, refuses the right password meanwhile, restarts the count after it', async () => {
    await db.query("INSERT INTO config VALUES ('customer/password/lockout_failures', 'default', 0, '3'), ('customer/password/lockout_threshold', 'default', 0, '10')");
    try {
      const id = await addCustomer('lock@example.com', vectors.find((v) => v.id === 'v0')!.stored);
      let now = new Date('2030-01-01T10:00:00Z');
      const a = await app({ now: () => now });
      expect((await login(a, 'lock@example.com', 'wrong')).json().code).toBe('INVALID_CREDENTIALS');
      expect((await login(a, 'lock@example.com', 'wrong')).json().code).toBe('INVALID_CREDENTIALS');
      const third = await login(a, 'lock@example.com', 'wrong');
      expect(third.statusCode).toBe(423);
      expect(third.json().code).toBe('ACCOUNT_LOCKED');
      expect(await credentials(id)).toMatchObject({ failures_num: 3, first_failure: new Date('2030-01-01T10:00:00Z'), lock_expires: new Date('2030-01-01T10:10:00Z') });
      // Locked: refused before the password is looked at, nothing counted.
      now = new Date('2030-01-01T10:05:00Z');
      expect((await login(a, 'lock@example.com', 'Tr0ub4dor&3')).statusCode).toBe(423);
      expect((await credentials(id)).failures_num).toBe(3);
      // After the lock: the first failure starts the count again.
      now = new Date('2030-01-01T10:11:00Z');
      expect((await login(a, 'lock@example.com', 'wrong')).statusCode).toBe(401);
      expect(await credentials(id)).toMatchObject({ failures_num: 1, lock_expires: null, first_failure: new Date('2030-01-01T10:11:00Z') });
      const ok = await login(a, 'lock@example.com', 'Tr0ub4dor&3');
      expect(ok.statusCode).toBe(200);
      expect(await credentials(id)).toMatchObject({ failures_num: 0, first_failure: null, lock_expires: null, last_login_at: new Date('2030-01-01T10:11:00Z') });
    } finally {
      await db.query("DELETE FROM config WHERE path LIKE 'customer/password/%'");
    }
  }, 30_000);

  it('counts nothing when lockout_failures is 0', async () => {
    await db.query("INSERT INTO config VALUES ('customer/password/lockout_failures', 'default', 0, '0')");
    try {
      const id = await addCustomer('nolock@example.com', vectors.find((v) => v.id === 'v0')!.stored);
      const a = await app();
      for (let i = 0; i < 3; i++) await login(a, 'nolock@example.com', 'wrong');
      expect((await credentials(id)).failures_num).toBe(0);
    } finally {
      await db.query("DELETE FROM config WHERE path LIKE 'customer/password/%'");
    }
  });

  it('an unconfirmed account where the website requires confirmation: its own code, nothing counted or re-hashed', async () => {
    await db.query("INSERT INTO config VALUES ('customer/create_account/confirm', 'websites', 1, '1')");
    try {
      const stored = vectors.find((v) => v.id === 'v1')!.stored;
      const id = await addCustomer('unconfirmed@example.com', stored, { confirmed: false });
      const a = await app();
      const r = await login(a, 'unconfirmed@example.com', 'Tr0ub4dor&3');
      expect(r.statusCode).toBe(401);
      expect(r.json().code).toBe('EMAIL_NOT_CONFIRMED');
      expect((await credentials(id)).password_hash).toBe(stored);
    } finally {
      await db.query("DELETE FROM config WHERE path = 'customer/create_account/confirm'");
    }
  });
});

describe('concurrency', () => {
  it('two logins re-hashing the same legacy hash at once: one new hash wins, both logins succeed', async () => {
    const id = await addCustomer('race@example.com', vectors.find((v) => v.id === 'v1')!.stored);
    const a = await app();
    const [x, y] = await Promise.all([login(a, 'race@example.com', 'Tr0ub4dor&3'), login(a, 'race@example.com', 'Tr0ub4dor&3')]);
    expect([x.statusCode, y.statusCode]).toEqual([200, 200]);
    expect([x.json().password_upgraded, y.json().password_upgraded].filter(Boolean)).toHaveLength(1);
    const after = await credentials(id);
    expect(after.password_algorithm).toBe(customerPasswords.CURRENT_ALGORITHM);
    expect((await login(a, 'race@example.com', 'Tr0ub4dor&3')).json().password_upgraded).toBe(false);
  }, 30_000);

  it('a burst of logins is bounded (503 beyond the queue) and other routes keep answering meanwhile', async () => {
    // One argon2 at a time, eight waiting: of twelve logins at most nine are admitted, verified one after the other.
    const a = await app({ hashConcurrency: 1, hashQueue: 8 });
    await addCustomer('burst@example.com', vectors.find((v) => v.id === 'v3')!.stored);
    const headers = await staffHeaders(['customers']);
    let verified = 0;
    const burst = Array.from({ length: 12 }, () =>
      login(a, 'burst@example.com', 'wrong password').then((r) => {
        if (r.json().code !== 'TOO_MANY_LOGINS') verified++;
        return r;
      }),
    );
    // Reads while the logins are in flight: each is answered, and the first before the admitted logins are all
    // done, so it did not queue behind the hash work (which is bounded, not the requests).
    const read = await a.app.inject({ method: 'GET', headers, url: '/customers?email=burst%40example.com' });
    const verifiedAtRead = verified;
    const byId = await a.app.inject({ method: 'GET', headers, url: `/customers/${read.json().customers[0]?.id}` });
    const answers = await Promise.all(burst);
    expect(read.statusCode).toBe(200);
    expect(byId.statusCode).toBe(200);
    const codes = answers.map((r) => r.json().code);
    const admitted = codes.filter((c) => c === 'INVALID_CREDENTIALS').length;
    expect(codes.filter((c) => c === 'TOO_MANY_LOGINS').length).toBeGreaterThan(0);
    expect(admitted + codes.filter((c) => c === 'TOO_MANY_LOGINS').length).toBe(12);
    expect(answers.find((r) => r.json().code === 'TOO_MANY_LOGINS')!.statusCode).toBe(503);
    expect(verifiedAtRead).toBeLessThan(admitted);
  }, 30_000);
});

describe('OpenAPI', () => {
  it('documents the routes from their schemas, with no password field but the algorithm', async () => {
    const f = Fastify();
    installErrorHandlers(f);
    const pool = new pg.Pool({ connectionString: `${dbs.pgUrl}/${database}`, max: 1 });
    try {
      await f.register(async (scope) => mountService(scope, customerService, pool));
      const doc = (await f.inject({ method: 'GET', url: '/customer/openapi.json' })).json();
      expect(Object.keys(doc.paths).sort()).toEqual(['/customers', '/customers/login', '/customers/{id}']);
      expect(doc.paths['/customers/login'].post.requestBody.content['application/json'].schema.required).toEqual(['email', 'password', 'website']);
      const customer = doc.paths['/customers/{id}'].get.responses['200'].content['application/json'].schema;
      expect(Object.keys(customer.properties.password.properties)).toEqual(['algorithm', 'upgraded_at']);
      expect(JSON.stringify(doc)).not.toContain('password_hash');
    } finally {
      await f.close();
      await pool.end();
    }
  });
});
