/**
 * The customer read model (customer_document and customer_address_document, written by the import with the rows
 * of customers and addresses, rebuilt by Postgres in the batches of websites, stores and groups) against the live
 * assembly it replaces (customerById: the customer, its website, store, group, credentials' algorithm, addresses
 * and subscriptions read query by query): for every customer of a generated store and of the Luma store, a
 * document exists exactly where a customer does and says the same thing; the text served is byte for byte the one
 * 002's customer_document_json builds from the rows (what 003 stored), and the parts the import built are the
 * ones Postgres builds from the stored rows; the routes send it, equal to what they answered from the rows
 * (through the response schema); a login that re-hashes a password rebuilds the document in its own UPDATE; a
 * database migrated by 003 keeps its documents' text through 004.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSource } from '../../generator/index.ts';
import { customerMigration } from '../../pipeline/customer/index.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { applyMigrations } from '../../loaders/schema-migrations.ts';
import { customerById, customerService } from '../../services/customer/index.ts';
import { pgClient } from '../fixtures/target-dump.ts';
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

/** Every customer's document as the route sends it, by customer UUID. */
async function servedDocuments(svc: CustomerApp): Promise<Map<string, string>> {
  const staff = await staffHeaders(['customers']);
  const docs = new Map<string, string>();
  for (const { customer_id: id } of (await svc.pool.query<{ customer_id: string }>('SELECT customer_id FROM customer_document')).rows) {
    const res = await svc.app.inject({ url: `/customers/${id}`, headers: staff });
    expect(res.statusCode).toBe(200);
    docs.set(id, res.body);
  }
  return docs;
}

/** Every customer: the served document (parsed) against the live assembly (through JSON, as sent). */
async function compareAll(svc: CustomerApp): Promise<Compared> {
  const db = svc.pool;
  const ids = (await db.query<{ id: string }>('SELECT id FROM customer ORDER BY magento_id')).rows.map((r) => r.id);
  const docs = await servedDocuments(svc);
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
    const saved = (await svc.pool.query<Record<string, unknown>>('DELETE FROM customer_document WHERE email_key = lower(trim($1)) RETURNING *', [r.email])).rows;
    try {
      const fromRows = await Promise.all(urls.map((url) => svc.app.inject({ url, headers: staff })));
      for (const [i, url] of urls.entries()) {
        if (fromDocs[i].statusCode !== 200 || fromRows[i].statusCode !== 200 || !isEqual(fromDocs[i].json(), fromRows[i].json())) bad.push(url);
      }
    } finally {
      for (const d of saved) {
        const cols = Object.keys(d);
        await svc.pool.query(`INSERT INTO customer_document (${cols.join(', ')}) VALUES (${cols.map((_c, i) => `$${i + 1}`).join(', ')})`, cols.map((c) => d[c]));
      }
    }
  }
  return bad;
}

/** Customers whose served text is not byte for byte what 002's customer_document_json builds from the rows (003's text). */
async function notAsSqlBuilds(svc: CustomerApp): Promise<{ compared: number; differ: string[] }> {
  const docs = await servedDocuments(svc);
  const { rows } = await svc.pool.query<{ id: string; body: string }>('SELECT id, customer_document_json(id)::text AS body FROM customer');
  return { compared: rows.length, differ: rows.filter((r) => docs.get(r.id) !== r.body).map((r) => r.id) };
}

/** The parts the import wrote against those Postgres builds from the stored rows (in a transaction rolled back). */
async function partsAsPostgresBuilds(db: pg.Pool): Promise<{ customers: number; addresses: number; differ: string[] }> {
  const client = await db.connect();
  const snapshot = async () => {
    const out = new Map<string, string>();
    for (const r of (await client.query<{ k: string; v: string }>('SELECT customer_id::text AS k, row_to_json(d)::text AS v FROM customer_document d')).rows) out.set(r.k, r.v);
    for (const r of (await client.query<{ k: string; v: string }>('SELECT address_id::text AS k, row_to_json(d)::text AS v FROM customer_address_document d')).rows) out.set(r.k, r.v);
    return out;
  };
  try {
    await client.query('BEGIN');
    const imported = await snapshot();
    const customers = (await client.query<{ n: number }>('SELECT refresh_customer_documents(ARRAY(SELECT id FROM customer)) AS n')).rows[0].n;
    const addresses = (await client.query<{ n: number }>('SELECT refresh_customer_address_documents(ARRAY(SELECT id FROM customer_address)) AS n')).rows[0].n;
    const built = await snapshot();
    const differ = [...new Set([...imported.keys(), ...built.keys()])].filter((k) => imported.get(k) !== built.get(k));
    return { customers, addresses, differ };
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

/**
 * A database at 003 with the same rows as `from` (001's tables copied), its documents built by 003, then brought
 * to 004: the documents served before (003's stored text) and after.
 */
async function upgradedFrom003(from: pg.Pool, pgUrl: string, database: string): Promise<{ before: Map<string, string>; after: Map<string, string>; applied: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'custdoc-003-'));
  for (const f of ['001_customer.sql', '002_customer_document.sql', '003_customer_documents_set_based.sql']) await copyFile(join(customerService.migrationsDir, f), join(dir, f));
  const admin = await pgClient('postgres');
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const client = await pgClient(database);
  try {
    await applyMigrations(client, dir);
    for (const t of ['website', 'store', 'customer_group', 'customer', 'customer_credentials', 'customer_address', 'newsletter_subscription']) {
      const { rows } = await from.query<{ j: string }>(`SELECT COALESCE(json_agg(t), '[]')::text AS j FROM ${t} t`);
      await client.query(`INSERT INTO ${t} SELECT * FROM json_populate_recordset(NULL::${t}, $1::json)`, [rows[0].j]);
    }
    await client.query('SELECT refresh_customer_documents(ARRAY(SELECT id FROM customer))');
    const before = new Map((await client.query<{ customer_id: string; body: string }>('SELECT customer_id, body FROM customer_document')).rows.map((r) => [r.customer_id, r.body]));
    const { applied } = await applyMigrations(client, customerService.migrationsDir);
    const svc = await customerApp(pgUrl, database);
    try {
      return { before, after: await servedDocuments(svc), applied };
    } finally {
      await svc.close();
    }
  } finally {
    await client.end();
    await rm(dir, { recursive: true, force: true });
  }
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
  let stats: Record<string, Record<string, number>>;

  beforeAll(async () => {
    dbs = await createTestDatabases('custdoc');
    await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', force: true });
    const report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [customerMigration], batchSize: 7 });
    expect(report.status, report.error).toBe('completed');
    stats = Object.fromEntries(report.services[0].entities.map((e) => [e.entity, e.stats]));
    svc = await customerApp(dbs.pgUrl, `${dbs.pgPrefix}_customer`, { hashConcurrency: 2 });
  });
  afterAll(async () => {
    await svc?.close();
    await dbs?.cleanup();
  });

  it('holds one document per customer, equal to the live assembly', async () => {
    const c = await compareAll(svc);
    expect(c.customers).toBeGreaterThan(10);
    expect(c.withAddresses).toBeGreaterThan(0);
    expect(c.documents).toBe(c.customers);
    expect(c.mismatches).toEqual([]);
  });

  it('serves every document byte for byte as the SQL builds it from the rows (003), the import having built the parts Postgres would', async () => {
    const sql = await notAsSqlBuilds(svc);
    expect(sql.compared).toBeGreaterThan(10);
    expect(sql.differ).toEqual([]);
    // The import built them (Postgres only those of values it was not sure of), and they are Postgres' own.
    expect(stats.customers['documents.customers_built_by_postgres'] ?? 0).toBeLessThan(sql.compared / 10);
    expect(stats.addresses['documents.addresses_built_by_postgres'] ?? 0).toBe(0);
    const parts = await partsAsPostgresBuilds(svc.pool);
    expect(parts.customers).toBe(sql.compared);
    expect(parts.addresses).toBeGreaterThan(0);
    expect(parts.differ).toEqual([]);
  });

  it('a database migrated by 003 upgrades to the same documents', async () => {
    const { before, after, applied } = await upgradedFrom003(svc.pool, dbs.pgUrl, `${dbs.pgPrefix}_upgrade`);
    expect(applied).toEqual(['004_customer_document_parts.sql']);
    expect(before.size).toBeGreaterThan(10);
    expect(after).toEqual(before);
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
    expect((await compareAll(svc)).mismatches).toEqual([]);
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
    const c = await compareAll(svc);
    expect(c.customers).toBe(1);
    expect(c.withAddresses).toBe(1);
    expect(c.documents).toBe(1);
    expect(c.mismatches).toEqual([]);
    expect((await notAsSqlBuilds(svc)).differ).toEqual([]);
    expect((await partsAsPostgresBuilds(svc.pool)).differ).toEqual([]);
    expect(await routesAgree(svc, 10)).toEqual([]);
  });
});
