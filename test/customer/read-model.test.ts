/**
 * The customer read model (customer_document, built by Postgres in the batch transactions of customers,
 * addresses, websites, stores and groups) against the live assembly it replaces (customerById: the customer, its
 * website, store, group, credentials' algorithm, addresses and subscriptions read query by query): for every
 * customer of a generated store and of the Luma store, a document exists exactly where a customer does and
 * says the same thing; the routes send it, equal to what they answered from the rows (through the response
 * schema); a login that re-hashes a password rebuilds the document in its own UPDATE.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSource } from '../../generator/index.ts';
import { customerMigration } from '../../pipeline/customer/index.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { customerById } from '../../services/customer/index.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';
import { customerHeaders, staffHeaders } from '../support/tokens.ts';
import { customerApp, passwordOf, type CustomerApp } from './support.ts';

interface Compared {
  customers: number;
  documents: number;
  withAddresses: number;
  mismatches: string[];
}

/** Every customer: the stored document (parsed) against the live assembly (through JSON, as sent). */
async function compareAll(db: pg.Pool): Promise<Compared> {
  const ids = (await db.query<{ id: string }>('SELECT id FROM customer ORDER BY magento_id')).rows.map((r) => r.id);
  const docs = new Map<string, string>();
  for (const r of (await db.query<{ customer_id: string; body: string }>('SELECT customer_id, body FROM customer_document')).rows) docs.set(r.customer_id, r.body);
  const mismatches: string[] = [];
  let withAddresses = 0;
  for (const id of ids) {
    const live = await customerById(db, id);
    const doc = docs.get(id);
    if (doc === undefined || live === null) {
      mismatches.push(`${id}: ${doc === undefined ? 'no document' : 'no customer'}`);
      continue;
    }
    const expected = JSON.parse(JSON.stringify(live));
    const stored = JSON.parse(doc);
    if (expected.addresses.length > 0) withAddresses++;
    try {
      expect(stored).toEqual(expected);
      expect(Object.keys(stored)).toEqual(Object.keys(expected));
    } catch {
      mismatches.push(`${expected.email} (${id})`);
    }
  }
  return { customers: ids.length, documents: docs.size, withAddresses, mismatches };
}

/** Each customer over HTTP from its document, then from the rows (its document removed, in a transaction rolled back). */
async function routesAgree(svc: CustomerApp, limit: number): Promise<string[]> {
  const staff = await staffHeaders(['customers']);
  const rows = (await svc.pool.query<{ id: string; email: string; website: string | null }>(
    'SELECT c.id, c.email, w.code AS website FROM customer c LEFT JOIN website w ON w.id = c.website_id ORDER BY c.magento_id LIMIT $1', [limit],
  )).rows;
  const bad: string[] = [];
  for (const r of rows) {
    const urls = [`/customers/${r.id}`, `/customers?email=${encodeURIComponent(r.email)}${r.website ? `&website=${r.website}` : ''}`];
    const fromDocs = await Promise.all(urls.map((url) => svc.app.inject({ url, headers: staff })));
    const saved = (await svc.pool.query('DELETE FROM customer_document WHERE email_key = lower(trim($1)) RETURNING *', [r.email])).rows;
    try {
      const fromRows = await Promise.all(urls.map((url) => svc.app.inject({ url, headers: staff })));
      for (const [i, url] of urls.entries()) {
        if (fromDocs[i].statusCode !== 200 || fromRows[i].statusCode !== 200 || !isEqual(fromDocs[i].json(), fromRows[i].json())) bad.push(url);
      }
    } finally {
      for (const d of saved) {
        await svc.pool.query('INSERT INTO customer_document (customer_id, magento_id, email_key, website_magento_id, body) VALUES ($1, $2, $3, $4, $5)', [d.customer_id, d.magento_id, d.email_key, d.website_magento_id, d.body]);
      }
    }
  }
  return bad;
}

function isEqual(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}

describe('the customer read model of a generated tiny store', () => {
  let dbs: TestDatabases;
  let svc: CustomerApp;

  beforeAll(async () => {
    dbs = await createTestDatabases('custdoc');
    await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', force: true });
    const report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [customerMigration], batchSize: 7 });
    expect(report.status, report.error).toBe('completed');
    svc = await customerApp(dbs.pgUrl, `${dbs.pgPrefix}_customer`, { hashConcurrency: 2 });
  });
  afterAll(async () => {
    await svc?.close();
    await dbs?.cleanup();
  });

  it('holds one document per customer, equal to the live assembly', async () => {
    const c = await compareAll(svc.pool);
    expect(c.customers).toBeGreaterThan(10);
    expect(c.withAddresses).toBeGreaterThan(0);
    expect(c.documents).toBe(c.customers);
    expect(c.mismatches).toEqual([]);
  });

  it('the routes answer the same from the documents as from the rows', async () => {
    expect(await routesAgree(svc, 40)).toEqual([]);
  });

  it('a customer token reads its own document only', async () => {
    const [a, b] = (await svc.pool.query<{ id: string; magento_id: string }>('SELECT id, magento_id FROM customer ORDER BY magento_id LIMIT 2')).rows;
    const own = await svc.app.inject({ url: `/customers/${a.id}`, headers: await customerHeaders(a.id) });
    expect(own.statusCode).toBe(200);
    expect(own.json().id).toBe(a.id);
    expect((await svc.app.inject({ url: `/customers/${b.id}`, headers: await customerHeaders(a.id) })).statusCode).toBe(403);
    // By Magento id, the owner is checked on the stored document.
    expect((await svc.app.inject({ url: `/customers/${b.magento_id}`, headers: await customerHeaders(a.id) })).statusCode).toBe(403);
    expect((await svc.app.inject({ url: `/customers/${a.magento_id}`, headers: await customerHeaders(a.id) })).json().id).toBe(a.id);
    expect((await svc.app.inject({ url: `/customers?email=x@example.com`, headers: await customerHeaders(a.id) })).statusCode).toBe(403);
    expect((await svc.app.inject({ url: `/customers?email=x@example.com&website=nowhere`, headers: await staffHeaders(['support']) })).statusCode).toBe(404);
  });

  it('a login that re-hashes a legacy password rebuilds the document in the same UPDATE', async () => {
    const [c] = (await svc.pool.query<{ id: string; magento_id: string; email: string; website: string }>(
      `SELECT c.id, c.magento_id, c.email, w.code AS website FROM customer c JOIN website w ON w.id = c.website_id JOIN customer_credentials cr ON cr.customer_id = c.id
        WHERE cr.password_hash ~ '^[0-9a-f]{64}:[0-9a-z]{32}:1$' AND c.confirmed ORDER BY c.magento_id LIMIT 1`,
    )).rows;
    const before = (await svc.app.inject({ url: `/customers/${c.id}`, headers: await staffHeaders() })).json();
    const res = await svc.app.inject({ method: 'POST', url: '/customers/login', payload: { email: c.email, password: passwordOf(Number(c.magento_id)), website: c.website } });
    expect(res.json().password_upgraded).toBe(true);
    const after = (await svc.app.inject({ url: `/customers/${c.id}`, headers: await staffHeaders() })).json();
    expect(after.password.algorithm).not.toBe(before.password.algorithm);
    expect(after.password.upgraded_at).not.toBeNull();
    expect(after).toEqual(JSON.parse(JSON.stringify(await customerById(svc.pool, c.id))));
    expect((await compareAll(svc.pool)).mismatches).toEqual([]);
  });
});

describe.skipIf(!lumaAvailable)('the customer read model of the Luma store', () => {
  let dbs: TestDatabases;
  let svc: CustomerApp;

  beforeAll(async () => {
    dbs = await createTestDatabases('custdocluma');
    await loadLumaDump(dbs.mysqlDatabase);
    const report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [customerMigration] });
    expect(report.status, report.error).toBe('completed');
    svc = await customerApp(dbs.pgUrl, `${dbs.pgPrefix}_customer`);
  }, 120_000);
  afterAll(async () => {
    await svc?.close();
    await dbs?.cleanup();
  });

  it('holds a document for its customer, equal to the live assembly and to what the routes answered from the rows', async () => {
    const c = await compareAll(svc.pool);
    expect(c.customers).toBe(1);
    expect(c.withAddresses).toBe(1);
    expect(c.documents).toBe(1);
    expect(c.mismatches).toEqual([]);
    expect(await routesAgree(svc, 10)).toEqual([]);
  });
});
