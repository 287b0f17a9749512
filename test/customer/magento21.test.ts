/**
 * The customer migration on a Magento 2.1-shaped store (test/fixtures/magento21.ts: the tables and columns
 * 2.2+ added are gone, and 2.1 wrote sha256 hashes `:1` only). It runs as on 2.4, its counts adding up.
 */
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSource } from '../../generator/index.ts';
import { customerMigration } from '../../pipeline/customer/index.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { downgradeTo21 } from '../fixtures/magento21.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { customerHeaders, staffHeaders } from '../support/tokens.ts';
import { customerApp } from './support.ts';

let dbs: TestDatabases;
beforeAll(async () => {
  dbs = await createTestDatabases('cust21');
  await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', force: true });
  const conn = await mysql.createConnection(dbs.mysqlUrl);
  try {
    await downgradeTo21(conn, 'opensource');
    // 2.1's hashes are sha256(salt . password):salt:1 (Encryptor HASH_VERSION_LATEST = 1).
    await conn.query('SET FOREIGN_KEY_CHECKS = 0');
    await conn.query("UPDATE customer_entity SET password_hash = CONCAT(SHA2(CONCAT('0123456789abcdef0123456789abcdef', CONCAT('Magento', entity_id, '!')), 256), ':0123456789abcdef0123456789abcdef:1') WHERE password_hash IS NOT NULL AND password_hash NOT LIKE '{SSHA}%'");
    await conn.query('SET FOREIGN_KEY_CHECKS = 1');
  } finally {
    await conn.end();
  }
}, 240_000);
afterAll(async () => {
  await dbs?.cleanup();
});

describe('Magento 2.1 customers', () => {
  it('migrate loads them, every count adding up, and their 2.1 passwords open', async () => {
    const report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [customerMigration], batchSize: 7 });
    expect(report.status, report.error).toBe('completed');
    expect(report.countsAddUp).toBe(true);
    const customers = report.services[0].entities.find((e) => e.entity === 'customers')!;
    expect(customers.loaded).toBeGreaterThan(15);
    expect(Object.keys(customers.stats).filter((k) => k.startsWith('password.format='))).toEqual(['password.format=magento:sha256']);
    const svc = await customerApp(dbs.pgUrl, `${dbs.pgPrefix}_customer`);
    try {
      const c = (await svc.app.inject({ method: 'GET', headers: await staffHeaders(['customers']), url: '/customers/2' })).json();
      const ok = await svc.app.inject({ method: 'POST', url: '/customers/login', payload: { email: c.email, password: 'Magento2!', website: c.website.code } });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json().password_upgraded).toBe(true);
    } finally {
      await svc.close();
    }
  }, 120_000);
});
