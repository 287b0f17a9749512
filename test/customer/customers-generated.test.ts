/**
 * The customer migration on a generated store (every password format, newsletter, custom attributes, the
 * customer dirt), checked against SQL of this file's own on the Magento source: what the service answers
 * over HTTP, the reconciliation per website, the rejects; then the same store with accounts shared globally.
 */
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSource } from '../../generator/index.ts';
import { expectedCustomerDirt } from '../../generator/steps/customer-extras.ts';
import { GENERATED_CRYPT_KEY } from '../../generator/steps/customers.ts';
import { PROFILES } from '../../generator/profiles.ts';
import { customerMigration } from '../../pipeline/customer/index.ts';
import type { EntityReport, RunReport } from '../../pipeline/report.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { customerHeaders, staffHeaders } from '../support/tokens.ts';
import { customerApp, type CustomerApp } from './support.ts';

const CUSTOMERS = 300;
const profile = { ...PROFILES.tiny, customers: CUSTOMERS };

let dbs: TestDatabases;
let my: mysql.Connection;
let report: RunReport;
let target: pg.Client;
let svc: CustomerApp;

const src = async <T = Record<string, any>>(sql: string, params: unknown[] = []): Promise<T[]> => (await my.query(sql, params))[0] as T[];
const tgt = async <T = Record<string, any>>(sql: string, params: unknown[] = []): Promise<T[]> => (await target.query(sql, params)).rows as T[];
const entity = (r: RunReport, name: string): EntityReport => r.services[0].entities.find((e) => e.entity === name)!;

/** This file's own idea of a usable e-mail (the generated dirt is blatant). */
const validEmail = (e: string | null): boolean => e !== null && /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(e.trim());

beforeAll(async () => {
  dbs = await createTestDatabases('custgen');
  await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', customers: CUSTOMERS, force: true });
  my = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
  process.env.MAGEMIG_MAGENTO_CRYPT_KEY = GENERATED_CRYPT_KEY;
  try {
    report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [customerMigration], batchSize: 64 });
  } finally {
    delete process.env.MAGEMIG_MAGENTO_CRYPT_KEY;
  }
  target = new pg.Client({ connectionString: `${dbs.pgUrl}/${dbs.pgPrefix}_customer` });
  await target.connect();
  svc = await customerApp(dbs.pgUrl, `${dbs.pgPrefix}_customer`, { cryptKey: GENERATED_CRYPT_KEY });
}, 240_000);

afterAll(async () => {
  await svc?.close();
  await target?.end();
  await my?.end();
  await dbs?.cleanup();
});

describe('customer migration of a generated store', () => {
  it('completes, every count adding up, the dirt rejected with its reasons', async () => {
    expect(report.status, report.error).toBe('completed');
    expect(report.countsAddUp).toBe(true);
    const dirt = expectedCustomerDirt(profile);
    const customers = entity(report, 'customers');
    expect(customers.sourceCount).toBe(CUSTOMERS);
    expect(customers.rejectsByReason.INVALID_EMAIL).toBe(dirt.invalidEmails);
    expect(customers.rejectsByReason.DUPLICATE_EMAIL).toBeUndefined();
    expect(customers.rejectsByReason.NUL_BYTE).toBe(dirt.nulBytesInNames);
    expect(customers.rejectsByReason.UNKNOWN_PASSWORD_FORMAT).toBe(dirt.unknownPasswordHashes);
    const [{ n: zeroDobs }] = await src("SELECT COUNT(*) AS n FROM customer_entity WHERE dob = '0000-00-00'");
    expect(customers.rejectsByReason.ZERO_DATE).toBe(Number(zeroDobs));
    const addresses = entity(report, 'addresses');
    const [{ n: orphans }] = await src('SELECT COUNT(*) AS n FROM customer_address_entity a LEFT JOIN customer_entity c ON c.entity_id = a.parent_id WHERE c.entity_id IS NULL');
    expect(Number(orphans)).toBe(dirt.orphanAddresses);
    expect(addresses.rejectsByReason.DANGLING_REFERENCE).toBe(dirt.orphanAddresses);
    const { rows } = await target.query("SELECT count(*)::int AS n FROM magemig.rejects WHERE reason = 'CUSTOMER_REJECTED'");
    expect(addresses.rejectsByReason.CUSTOMER_REJECTED ?? 0).toBe(rows[0].n);
  });

  it('reconciles customers and addresses per website: source, report and target agree', async () => {
    const bySite = await src<{ code: string | null; entity_id: number; email: string | null }>(
      'SELECT w.code, c.entity_id, c.email FROM customer_entity c LEFT JOIN store_website w ON w.website_id = c.website_id',
    );
    const sourceCount: Record<string, number> = {};
    const loadable: Record<string, number> = {};
    for (const r of bySite) {
      const site = r.code ?? 'none';
      sourceCount[site] = (sourceCount[site] ?? 0) + 1;
      if (validEmail(r.email)) loadable[site] = (loadable[site] ?? 0) + 1;
    }
    const stats = entity(report, 'customers').stats;
    const targetCount = Object.fromEntries(
      (await tgt<{ code: string; n: number }>('SELECT coalesce(w.code, $1) AS code, count(*)::int AS n FROM customer c LEFT JOIN website w ON w.id = c.website_id GROUP BY 1', ['none'])).map((r) => [r.code, r.n]),
    );
    for (const site of Object.keys(sourceCount)) {
      expect(stats[`reconcile.website=${site}.customers.read`], site).toBe(sourceCount[site]);
      expect(stats[`reconcile.website=${site}.customers.loaded`], site).toBe(loadable[site]);
      expect(targetCount[site], site).toBe(loadable[site]);
    }
    const addrSite = await src<{ code: string | null; n: number }>(
      `SELECT w.code, COUNT(*) AS n FROM customer_address_entity a JOIN customer_entity c ON c.entity_id = a.parent_id
         LEFT JOIN store_website w ON w.website_id = c.website_id GROUP BY w.code`,
    );
    const aStats = entity(report, 'addresses').stats;
    for (const r of addrSite) expect(aStats[`reconcile.website=${r.code}.addresses.read`]).toBe(Number(r.n));
    const [{ n }] = await tgt('SELECT count(*)::int AS n FROM customer_address');
    expect(n).toBe(entity(report, 'addresses').loaded);
  });

  it('answers GET /customers/{id} as the source has it (own SQL, every loaded customer)', async () => {
    const rows = await src(
      `SELECT c.entity_id, c.email, w.code AS website, g.customer_group_code AS grp, t.class_name AS tax_class, c.firstname, c.lastname, c.dob,
              c.gender, o.value AS gender_label, c.default_billing, c.default_shipping, c.confirmation IS NULL AS confirmed, c.password_hash
         FROM customer_entity c LEFT JOIN store_website w ON w.website_id = c.website_id
         LEFT JOIN customer_group g ON g.customer_group_id = c.group_id LEFT JOIN tax_class t ON t.class_id = g.tax_class_id
         LEFT JOIN eav_attribute_option_value o ON o.option_id = c.gender AND o.store_id = 0
        ORDER BY c.entity_id`,
    );
    const addressRows = await src('SELECT entity_id, parent_id, street, city, postcode, country_id, telephone, region FROM customer_address_entity ORDER BY entity_id');
    const notes = new Map((await src("SELECT v.entity_id, v.value FROM customer_address_entity_varchar v JOIN eav_attribute a ON a.attribute_id = v.attribute_id WHERE a.attribute_code = 'delivery_note'")).map((r) => [r.entity_id, r.value]));
    const tiers = new Map((await src(
      `SELECT i.entity_id, ov.value FROM customer_entity_int i JOIN eav_attribute a ON a.attribute_id = i.attribute_id AND a.attribute_code = 'loyalty_tier'
         JOIN eav_attribute_option_value ov ON ov.option_id = i.value AND ov.store_id = 0`)).map((r) => [r.entity_id, r.value]));
    const subs = await src('SELECT customer_id, store_id, subscriber_status FROM newsletter_subscriber WHERE customer_id > 0 ORDER BY subscriber_id');
    let checked = 0;
    for (const c of rows) {
      const res = await svc.app.inject({ method: 'GET', headers: await staffHeaders(['customers']), url: `/customers/${c.entity_id}` });
      if (!validEmail(c.email)) {
        expect(res.statusCode).toBe(404);
        continue;
      }
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      const nul = String(c.firstname).includes('\u0000');
      expect(body).toMatchObject({
        magento_id: c.entity_id, email: c.email, website: { code: c.website }, group: { code: c.grp, tax_class: { name: c.tax_class } },
        firstname: nul ? null : c.firstname, lastname: c.lastname, dob: c.dob === '0000-00-00' ? null : c.dob, gender: c.gender, gender_label: c.gender_label ?? null,
        confirmed: Boolean(c.confirmed),
      });
      if (c.password_hash) expect(res.body).not.toContain(c.password_hash.slice(0, 32));
      const mine = addressRows.filter((a) => a.parent_id === c.entity_id);
      expect(body.addresses.map((a: any) => a.magento_id)).toEqual(mine.map((a) => a.entity_id));
      for (const a of body.addresses) {
        const s = mine.find((m) => m.entity_id === a.magento_id)!;
        expect(a).toMatchObject({ street: s.street.split('\n'), city: s.city, postcode: s.postcode, country_id: s.country_id, telephone: s.telephone, region: s.region });
        expect(a.default_billing).toBe(c.default_billing === a.magento_id);
        expect(a.default_shipping).toBe(c.default_shipping === a.magento_id);
        expect(a.custom_attributes.delivery_note?.value).toBe(notes.get(a.magento_id));
      }
      expect(body.custom_attributes.loyalty_tier?.label).toBe(tiers.get(c.entity_id));
      const status = { 1: 'subscribed', 2: 'not_activated', 3: 'unsubscribed', 4: 'unconfirmed' } as Record<number, string>;
      expect(body.newsletter.map((n: any) => [n.store.magento_id, n.status])).toEqual(
        subs.filter((s) => s.customer_id === c.entity_id).map((s) => [s.store_id, status[s.subscriber_status]]),
      );
      expect(Object.keys(body.password)).toEqual(['algorithm', 'upgraded_at']);
      checked++;
    }
    expect(checked).toBe(entity(report, 'customers').loaded);
  }, 120_000);

  it('finds accounts by e-mail, within a website or on all of them', async () => {
    const [c] = await src("SELECT c.entity_id, c.email, w.code FROM customer_entity c JOIN store_website w ON w.website_id = c.website_id WHERE c.entity_id = 2");
    const one = await svc.app.inject({ method: 'GET', headers: await staffHeaders(['customers']), url: `/customers?email=${encodeURIComponent(c.email.toUpperCase())}&website=${c.code}` });
    expect(one.json().customers.map((x: any) => x.magento_id)).toEqual([2]);
    const other = await svc.app.inject({ method: 'GET', headers: await staffHeaders(['customers']), url: `/customers?email=${encodeURIComponent(c.email)}&website=nope` });
    expect(other.statusCode).toBe(404);
    const bad = await svc.app.inject({ method: 'GET', headers: await staffHeaders(['customers']), url: `/customers?email=${encodeURIComponent(c.email)}&extra=1` });
    expect(bad.statusCode).toBe(400);
  });

  it('keeps every e-mail the cross-website dirt shares: accounts are per website here', async () => {
    const shared = await src('SELECT email, COUNT(*) AS n FROM customer_entity GROUP BY email HAVING n > 1');
    expect(shared.length).toBe(expectedCustomerDirt(profile).crossWebsiteEmails);
    for (const s of shared) expect((await svc.app.inject({ method: 'GET', headers: await staffHeaders(['customers']), url: `/customers?email=${encodeURIComponent(s.email)}` })).json().customers).toHaveLength(2);
  });

  it('stores no rp_token, keeps lockout state, names every hash format', async () => {
    const locked = await src('SELECT entity_id, failures_num, lock_expires FROM customer_entity WHERE failures_num > 0 ORDER BY entity_id');
    for (const l of locked) {
      const [cr] = await tgt('SELECT cr.failures_num, cr.lock_expires FROM customer_credentials cr JOIN customer c ON c.id = cr.customer_id WHERE c.magento_id = $1', [l.entity_id]);
      if (!cr) continue;
      expect(cr.failures_num).toBe(l.failures_num);
      expect(cr.lock_expires?.toISOString().slice(0, 19).replace('T', ' ')).toBe(l.lock_expires);
    }
    const cols = await tgt("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name LIKE '%token%'");
    expect(cols).toEqual([]);
    const formats = await tgt('SELECT DISTINCT password_algorithm AS a FROM customer_credentials WHERE password_algorithm IS NOT NULL ORDER BY 1');
    expect(formats.map((f) => f.a)).toEqual(expect.arrayContaining(['magento:md5', 'magento:sha256', 'magento:argon2id13(32,2,67108864)', 'magento:hmac-sha256', 'unversioned:sha512', 'bcrypt']));
    // The data-migration-tool's full sha512 value replaced the cut one.
    const [dmt] = await tgt("SELECT password_hash FROM customer_credentials WHERE password_algorithm = 'unversioned:sha512' LIMIT 1");
    expect(dmt.password_hash).toMatch(/^[0-9a-f]{128}:[0-9a-f]{32}$/);
    expect(entity(report, 'customers').stats['password.hmac_without_crypt_key']).toBeUndefined();
  });
});

describe('the same store with accounts shared globally', () => {
  let global: RunReport;
  beforeAll(async () => {
    await my.query("UPDATE core_config_data SET value = '0' WHERE path = 'customer/account_share/scope'");
    global = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: `${dbs.pgPrefix}_g`, contexts: [customerMigration], batchSize: 1000 });
    await my.query("UPDATE core_config_data SET value = '1' WHERE path = 'customer/account_share/scope'");
  }, 120_000);

  it('rejects the later account of an e-mail two websites share, never overwriting the first', async () => {
    expect(global.countsAddUp).toBe(true);
    const dup = expectedCustomerDirt(profile).crossWebsiteEmails;
    expect(dup).toBeGreaterThan(0);
    expect(entity(global, 'customers').rejectsByReason.DUPLICATE_EMAIL).toBe(dup);
    expect(entity(global, 'customers').stats['password.hmac_without_crypt_key']).toBeGreaterThan(0);
    const db = new pg.Client({ connectionString: `${dbs.pgUrl}/${dbs.pgPrefix}_g_customer` });
    await db.connect();
    try {
      const shared = await src('SELECT email, MIN(entity_id) AS first FROM customer_entity GROUP BY email HAVING COUNT(*) > 1');
      for (const s of shared) {
        const { rows } = await db.query('SELECT magento_id FROM customer WHERE email_key = lower($1)', [s.email]);
        expect(rows.map((r) => Number(r.magento_id))).toEqual([s.first]);
      }
      const { rows } = await db.query("SELECT count(*)::int AS n FROM magemig.rejects WHERE reason = 'CUSTOMER_REJECTED'");
      expect(rows[0].n).toBeGreaterThanOrEqual(entity(report, 'addresses').rejectsByReason.CUSTOMER_REJECTED ?? 0);
    } finally {
      await db.end();
    }
  });
});
