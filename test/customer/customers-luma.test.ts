/**
 * The customer service on the real Luma 2.4.2 dump (one customer, Veronica Costello, with one address):
 * migrated, then read back over HTTP and compared with SQL of this file's own on the dump.
 */
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import { customerMigration } from '../../pipeline/customer/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { customerHeaders, staffHeaders } from '../support/tokens.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';
import { customerApp, type CustomerApp } from './support.ts';

describe.skipIf(!lumaAvailable)('customer service on the Luma dump', () => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let report: RunReport;
  let svc: CustomerApp;
  const src = async (sql: string): Promise<Record<string, any>[]> => (await my.query(sql))[0] as Record<string, any>[];

  beforeAll(async () => {
    dbs = await createTestDatabases('custluma');
    await loadLumaDump(dbs.mysqlDatabase);
    my = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
    report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [customerMigration] });
    svc = await customerApp(dbs.pgUrl, `${dbs.pgPrefix}_customer`);
  }, 120_000);

  afterAll(async () => {
    await svc?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it('loads the customer, its address, the groups and the store tree, with no reject', () => {
    expect(report.status, report.error).toBe('completed');
    expect(report.countsAddUp).toBe(true);
    const by = Object.fromEntries(report.services[0].entities.map((e) => [e.entity, e]));
    expect([by.customers.loaded, by.addresses.loaded, by.groups.loaded]).toEqual([1, 1, 4]);
    for (const e of report.services[0].entities) expect(e.rejectsByReason, e.entity).toEqual({});
    expect(by.customers.stats['password.format=magento:argon2id13(32,2,67108864)']).toBe(1);
  });

  it('answers what the dump holds', async () => {
    const [c] = await src(`SELECT c.*, w.code AS website, g.customer_group_code AS grp, o.value AS gender_label FROM customer_entity c
      JOIN store_website w ON w.website_id = c.website_id JOIN customer_group g ON g.customer_group_id = c.group_id
      LEFT JOIN eav_attribute_option_value o ON o.option_id = c.gender AND o.store_id = 0`);
    const [a] = await src('SELECT * FROM customer_address_entity');
    const res = await svc.app.inject({ method: 'GET', headers: await staffHeaders(['customers']), url: `/customers/${entityUuid('customer', c.entity_id)}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      magento_id: c.entity_id, email: c.email, firstname: c.firstname, lastname: c.lastname, dob: c.dob, gender: c.gender, gender_label: c.gender_label,
      website: { code: c.website }, group: { code: c.grp }, confirmed: true, newsletter: [],
      password: { algorithm: 'magento:argon2id13(32,2,67108864)', upgraded_at: null },
      addresses: [{ magento_id: a.entity_id, street: a.street.split('\n'), city: a.city, region: a.region, region_id: a.region_id, region_code: 'MI', postcode: a.postcode,
        country_id: a.country_id, telephone: a.telephone, default_billing: c.default_billing === a.entity_id, default_shipping: c.default_shipping === a.entity_id }],
    });
    expect(res.body).not.toContain(String(c.password_hash).slice(0, 24));
    const byEmail = await svc.app.inject({ method: 'GET', headers: await staffHeaders(['customers']), url: `/customers?email=${encodeURIComponent(c.email)}&website=${c.website}` });
    expect(byEmail.json().customers.map((x: any) => x.magento_id)).toEqual([c.entity_id]);
    const wrong = await svc.app.inject({ method: 'POST', url: '/customers/login', payload: { email: c.email, password: 'not her password', website: c.website } });
    expect(wrong.json().code).toBe('INVALID_CREDENTIALS');
  });

  it('reads a customer for that customer or for staff only, and lists by e-mail for staff only', async () => {
    const [c] = await src('SELECT entity_id, email, website_id FROM customer_entity');
    const id = entityUuid('customer', c.entity_id);
    const get = async (url: string, headers?: Record<string, string>) => (await svc.app.inject({ method: 'GET', url, headers })).statusCode;
    expect(await get(`/customers/${id}`, await customerHeaders(id))).toBe(200);
    expect(await get(`/customers/${c.entity_id}`, await customerHeaders(id))).toBe(200);
    expect(await get(`/customers/${id}`, await customerHeaders(entityUuid('customer', 99)))).toBe(403);
    expect(await get(`/customers/${c.entity_id}`, await customerHeaders(entityUuid('customer', 99)))).toBe(403);
    expect(await get(`/customers/${id}`, await staffHeaders(['catalog']))).toBe(403);
    expect(await get(`/customers/${id}`, await staffHeaders(['support']))).toBe(200);
    expect(await get(`/customers?email=${encodeURIComponent(c.email)}`, await customerHeaders(id))).toBe(403);
    expect(await get(`/customers/${id}`)).toBe(401);
  });

  it('limits logins per account and per client address, answering 429 with Retry-After', async () => {
    const [c] = await src('SELECT c.email, w.code AS website FROM customer_entity c JOIN store_website w ON w.website_id = c.website_id');
    const limited = await customerApp(dbs.pgUrl, `${dbs.pgPrefix}_customer`, { loginsPerAccount: 3, loginsPerAddress: 5 });
    try {
      const attempt = (email: string, ip = '10.0.0.1') => limited.app.inject({ method: 'POST', url: '/customers/login', remoteAddress: ip, payload: { email, password: 'wrong', website: c.website } });
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await attempt(c.email, `10.0.0.${i + 1}`)).statusCode);
      // Three wrong passwords are answered (and counted by Magento's lockout); the fourth, from yet another address, waits.
      expect(codes).toEqual([401, 401, 401, 429]);
      const blocked = await attempt(c.email.toUpperCase(), '10.0.0.9');
      expect([blocked.statusCode, blocked.json().code]).toEqual([429, 'TOO_MANY_LOGINS']);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      // One address trying many accounts is stopped by the address limit.
      const spray = [];
      for (let i = 0; i < 6; i++) spray.push((await attempt(`nobody${i}@example.com`, '10.0.1.1')).statusCode);
      expect(spray).toEqual([401, 401, 401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });
});
