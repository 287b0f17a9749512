/**
 * `magemig verify` on the platform contexts of a migrated generated store (user, location, shipping,
 * payment, notification): it agrees with the untouched target, then names one change done behind the
 * migration's back in each: a staff e-mail, a deleted country, a currency rate, a table-rate price, a payment
 * amount, a subscriber's status and a deleted e-mail template.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSource } from '../../generator/index.ts';
import { CONTEXTS } from '../../pipeline/registry.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { runVerify } from '../../verify/run-verify.ts';
import { verifyReportSchema, type EntityVerification, type VerifyReport } from '../../verify/types.ts';
import { pgClient } from '../fixtures/target-dump.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

const PLATFORM = ['user', 'location', 'shipping', 'payment', 'notification', 'loyalty', 'return'];
/** Adobe Commerce's tables only (test/verify/verify-commerce.test.ts has them): absent here, nothing on either side. */
const COMMERCE_ONLY = new Set(['loyalty', 'return']);
const CONTEXTS_VERIFIED = CONTEXTS.filter((c) => PLATFORM.includes(c.name));
let dbs: TestDatabases;

const verify = (): Promise<VerifyReport> =>
  runVerify({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: CONTEXTS_VERIFIED.map((c) => ({ name: c.name, verify: c.verify! })), sample: 'full' });

async function sql<R extends Record<string, unknown>>(service: string, text: string): Promise<R[]> {
  const c = await pgClient(`${dbs.pgPrefix}_${service}`);
  try {
    return (await c.query<R>(text)).rows;
  } finally {
    await c.end();
  }
}
async function one<R extends Record<string, unknown>>(service: string, text: string): Promise<R> {
  const rows = await sql<R>(service, text);
  expect(rows.length, text).toBeGreaterThan(0);
  return rows[0];
}

const entity = (r: VerifyReport, service: string, name: string): EntityVerification =>
  r.services.find((s) => s.service === service)!.entities.find((e) => e.entity === name)!;

beforeAll(async () => {
  // The payment context seals the vault's gateway tokens under this key (never compared by verify).
  process.env.MAGEMIG_PAYMENT_KEY = randomBytes(32).toString('base64');
  dbs = await createTestDatabases('verifyplat');
  await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', force: true });
  const report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [...CONTEXTS_VERIFIED] });
  expect(report.error).toBeUndefined();
});
afterAll(async () => {
  delete process.env.MAGEMIG_PAYMENT_KEY;
  await dbs?.cleanup();
});

describe('magemig verify, platform contexts', () => {
  it('gives each of these contexts a verification', () => {
    expect(CONTEXTS_VERIFIED.map((c) => c.name).sort()).toEqual([...PLATFORM].sort());
    for (const c of CONTEXTS_VERIFIED) expect(c.verify, c.name).toBeDefined();
  });

  it('agrees with the target the migration wrote; every entity has something to compare', async () => {
    const r = await verify();
    expect(r.error).toBeUndefined();
    const differing = r.services.flatMap((s) => s.entities).filter((e) => !e.agrees);
    expect(differing.map((e) => `${e.service}/${e.entity}: ${JSON.stringify({ counts: e.counts, keys: e.keySets.filter((k) => k.missingCount || k.extraCount), m: e.measures.filter((m) => !m.agrees).slice(0, 3), d: e.differences.slice(0, 3) })}`)).toEqual([]);
    expect(r.status).toBe('agrees');
    expect(verifyReportSchema.parse(r)).toBeTruthy();
    for (const e of r.services.flatMap((s) => s.entities)) {
      expect(e.counts.addsUp, `${e.service}/${e.entity}`).toBe(true);
      if (COMMERCE_ONLY.has(e.service)) expect(e.counts, `${e.service}/${e.entity}`).toMatchObject({ source: 0, loaded: 0 });
      else expect(e.counts.source, `${e.service}/${e.entity}`).toBeGreaterThan(0);
    }
    expect(r.services.find((s) => s.service === 'loyalty')!.entities.length).toBe(6);
    expect(r.services.find((s) => s.service === 'return')!.entities.map((e) => e.entity)).toEqual(['returns']);
    expect(entity(r, 'user', 'users').fieldsCompared).toBeGreaterThan(0);
    expect(entity(r, 'location', 'countries').keySets[0].source).toBeGreaterThan(0);
    expect(entity(r, 'location', 'currency_rates').measures.length).toBeGreaterThan(0);
    expect(entity(r, 'shipping', 'tablerates').measures.some((m) => m.measure === 'price' && m.source !== '0')).toBe(true);
    expect(entity(r, 'payment', 'payments').measures.some((m) => m.measure === 'amount_paid' && m.source !== '0')).toBe(true);
    expect(entity(r, 'payment', 'transactions').keySets[0].source).toBeGreaterThan(0);
    expect(entity(r, 'notification', 'subscribers').fieldsCompared).toBeGreaterThan(0);
    expect(entity(r, 'notification', 'email_templates').keySets[0].source).toBeGreaterThan(0);
  });

  it('names each change done to the target', async () => {
    const staff = await one<{ magento_id: number; username: string; email: string }>('user', 'SELECT magento_id, username, email FROM staff_user WHERE email IS NOT NULL ORDER BY magento_id LIMIT 1');
    const country = await one<{ code: string }>('location', 'SELECT c.code FROM country c WHERE NOT EXISTS (SELECT 1 FROM region r WHERE r.country_code = c.code) AND NOT EXISTS (SELECT 1 FROM country_format f WHERE f.country_code = c.code) ORDER BY c.code LIMIT 1');
    const rate = await one<{ pair: string }>('location', "SELECT currency_from || '>' || currency_to AS pair FROM currency_rate ORDER BY 1 LIMIT 1");
    const tablerate = await one<{ magento_id: number; website: string; price: string }>('shipping', 'SELECT magento_id, website_magento_id::text AS website, price::text FROM tablerate ORDER BY magento_id LIMIT 1');
    const payment = await one<{ magento_id: number; order_magento_id: number; currency: string }>('payment', 'SELECT magento_id, order_magento_id, currency FROM payment WHERE amount_paid IS NOT NULL ORDER BY magento_id LIMIT 1');
    const subscriber = await one<{ magento_id: number; status: number }>('notification', 'SELECT magento_id, status FROM subscriber ORDER BY magento_id LIMIT 1');
    const template = await one<{ magento_id: number; code: string }>('notification', "SELECT magento_id, code FROM mail_template WHERE kind = 'email' ORDER BY magento_id LIMIT 1");

    await sql('user', `UPDATE staff_user SET email = 'tampered@example.com' WHERE magento_id = ${staff.magento_id}`);
    await sql('location', `DELETE FROM country WHERE code = '${country.code}'`);
    await sql('location', `UPDATE currency_rate SET rate = rate + 1 WHERE currency_from || '>' || currency_to = '${rate.pair}'`);
    await sql('shipping', `UPDATE tablerate SET price = price + 1 WHERE magento_id = ${tablerate.magento_id}`);
    await sql('payment', `UPDATE payment SET amount_paid = amount_paid + 0.01 WHERE magento_id = ${payment.magento_id}`);
    await sql('notification', `UPDATE subscriber SET status = CASE WHEN status = 1 THEN 3 ELSE 1 END WHERE magento_id = ${subscriber.magento_id}`);
    await sql('notification', `DELETE FROM mail_template WHERE kind = 'email' AND magento_id = ${template.magento_id}`);

    const r = await verify();
    expect(r.status).toBe('differs');
    const users = entity(r, 'user', 'users');
    expect(users.differences).toEqual([expect.objectContaining({ key: `username=${staff.username}`, field: 'email', source: staff.email, target: 'tampered@example.com' })]);
    const countries = entity(r, 'location', 'countries');
    expect(countries.counts.addsUp).toBe(false);
    expect(countries.keySets[0]).toMatchObject({ missing: [country.code], missingCount: 1, extraCount: 0 });
    const rates = entity(r, 'location', 'currency_rates');
    expect(rates.measures.filter((m) => !m.agrees).map((m) => m.group)).toEqual([rate.pair]);
    const tablerates = entity(r, 'shipping', 'tablerates');
    expect(tablerates.differences).toEqual([expect.objectContaining({ key: `pk=${tablerate.magento_id}`, field: 'price' })]);
    expect(tablerates.measures.filter((m) => !m.agrees).map((m) => `${m.measure}@${m.group}`)).toEqual([`price@${tablerate.website}`]);
    const payments = entity(r, 'payment', 'payments');
    expect(payments.differences).toEqual([expect.objectContaining({ key: `payment_id=${payment.magento_id},order_id=${payment.order_magento_id}`, field: 'amount_paid' })]);
    expect(payments.measures.filter((m) => !m.agrees).map((m) => `${m.measure}@${m.group}`)).toEqual([`amount_paid@${payment.currency}`]);
    const subscribers = entity(r, 'notification', 'subscribers');
    expect(subscribers.differences).toEqual([expect.objectContaining({ key: `subscriber_id=${subscriber.magento_id}`, field: 'status', source: String(subscriber.status) })]);
    expect(subscribers.measures.filter((m) => !m.agrees).length).toBe(2);
    const templates = entity(r, 'notification', 'email_templates');
    expect(templates.counts.addsUp).toBe(false);
    expect(templates.keySets[0]).toMatchObject({ missing: [template.code], missingCount: 1 });
    // What was not touched still agrees.
    for (const [s, e] of [['user', 'roles'], ['location', 'regions'], ['shipping', 'carrier_config'], ['payment', 'transactions'], ['payment', 'vault_tokens'], ['notification', 'newsletter_templates']]) expect(entity(r, s, e).agrees, `${s}/${e}`).toBe(true);
  });
});
