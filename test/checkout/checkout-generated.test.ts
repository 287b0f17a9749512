/**
 * The checkout service on a generated store (migrate --carts-since): exactly the active carts updated since the
 * date, each answered with its lines, addresses, coupon and totals as an independent SQL reading of quote,
 * quote_item and quote_address gives them (exact decimals); bound to the customer's UUID (a deleted customer's
 * cart kept as a guest cart); checkout password hashes counted and absent; without the date, no cart moves.
 */
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import { seedSource } from '../../generator/index.ts';
import { checkoutMigration, parseCartsSince } from '../../pipeline/checkout/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { migrateAndServe } from '../content/service-support.ts';
import { runVerify } from '../../verify/run-verify.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { customerHeaders, staffHeaders } from '../support/tokens.ts';

const SINCE = '2024-06-01';

describe('checkout service on a generated store', () => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let target: pg.Client;
  let report: RunReport;
  let server: HttpServer;
  const src = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await my.query(sql, params))[0] as T[];

  beforeAll(async () => {
    dbs = await createTestDatabases('checkg');
    await seedSource({ source: dbs.mysqlUrl, profile: 'small', force: true });
    my = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
    ({ report, server } = await migrateAndServe(dbs, checkoutMigration(SINCE), 4));
    target = new pg.Client({ connectionString: `${dbs.pgUrl}/${dbs.pgPrefix}_checkout` });
    await target.connect();
  }, 240_000);
  afterAll(async () => {
    await target?.end();
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it('moves exactly the active carts updated since the date, counts adding up, password hashes counted as not copied', async () => {
    const [s] = await src<{ n: number; older: number; converted: number; gone: number; pw: number }>(`SELECT
        SUM(is_active = 1 AND updated_at >= ?) AS n, SUM(is_active = 1 AND updated_at < ?) AS older, SUM(is_active = 0) AS converted,
        SUM(is_active = 1 AND updated_at >= ? AND customer_id > 0 AND NOT EXISTS (SELECT 1 FROM customer_entity c WHERE c.entity_id = quote.customer_id)) AS gone,
        SUM(is_active = 1 AND updated_at >= ? AND password_hash IS NOT NULL) AS pw FROM quote`, [parseCartsSince(SINCE), parseCartsSince(SINCE), parseCartsSince(SINCE), parseCartsSince(SINCE)]);
    const figures = [Number(s.n), Number(s.older), Number(s.converted), Number(s.gone), Number(s.pw)];
    expect(figures.every((x) => x > 0), JSON.stringify(figures)).toBe(true);
    const carts = report.services[0].entities.find((e) => e.entity === 'carts')!;
    expect(carts).toMatchObject({ sourceCount: Number(s.n), loaded: Number(s.n), rejected: 0, countsAddUp: true, rejectsByReason: { CUSTOMER_DELETED: Number(s.gone) } });
    const recon = report.services[0].reconciliation!;
    expect(recon.balanced).toBe(true);
    expect(recon.rows.find((r) => r.doc.startsWith('not copied: checkout password hashes'))).toMatchObject({ source: String(s.pw), target: '0' });
    const dump = (await target.query('SELECT string_agg(row_to_json(c)::text, \' \') AS j FROM cart c')).rows[0].j as string;
    expect(dump).not.toContain(':cartsalt:1');
    expect(dump).not.toContain('10.0.0.9');
  });

  it('answers every cart with its lines, addresses, coupon and totals as quote, quote_item and quote_address hold them', async () => {
    const carts = await src<{ entity_id: number; customer_id: number | null; alive: number; coupon_code: string | null; grand_total: string; items_qty: string; quote_currency_code: string }>(
      `SELECT q.entity_id, q.customer_id, EXISTS (SELECT 1 FROM customer_entity c WHERE c.entity_id = q.customer_id) AS alive, q.coupon_code, CAST(q.grand_total AS CHAR) AS grand_total,
         CAST(q.items_qty AS CHAR) AS items_qty, q.quote_currency_code FROM quote q WHERE q.is_active = 1 AND q.updated_at >= ? ORDER BY q.entity_id`, [parseCartsSince(SINCE)]);
    const headers = await staffHeaders(['sales']);
    let coupons = 0;
    for (const q of carts) {
      const body = (await server.app.inject({ url: `/checkout/carts/${q.entity_id}`, headers })).json();
      const items = await src<{ item_id: number; sku: string; qty: string; price: string; row_total: string }>('SELECT item_id, sku, CAST(qty AS CHAR) AS qty, CAST(price AS CHAR) AS price, CAST(row_total AS CHAR) AS row_total FROM quote_item WHERE quote_id = ? ORDER BY item_id', [q.entity_id]);
      const addresses = await src<{ address_type: string; street: string; postcode: string; shipping_method: string | null }>('SELECT address_type, street, postcode, shipping_method FROM quote_address WHERE quote_id = ? ORDER BY address_id', [q.entity_id]);
      const customer = q.customer_id && Number(q.alive) ? entityUuid('customer', Number(q.customer_id)) : null;
      expect([body.id, body.customer_id, body.coupon_code, body.grand_total, body.items_qty, body.currency]).toEqual([entityUuid('cart', q.entity_id), customer, q.coupon_code, q.grand_total, q.items_qty, q.quote_currency_code]);
      expect(body.items.map((i: { magento_id: number; sku: string; qty: string; price: string; row_total: string }) => [i.magento_id, i.sku, i.qty, i.price, i.row_total])).toEqual(items.map((i) => [Number(i.item_id), i.sku, i.qty, i.price, i.row_total]));
      expect(body.addresses.map((a: { address_type: string; street: string[]; postcode: string; shipping_method: string | null }) => [a.address_type, a.street.join('\n'), a.postcode, a.shipping_method])).toEqual(addresses.map((a) => [a.address_type, a.street, a.postcode, a.shipping_method]));
      if (q.coupon_code) coupons++;
    }
    expect(coupons).toBeGreaterThan(0);
  });

  it("lets a customer read their own carts and no one else's", async () => {
    const { rows } = await target.query('SELECT customer_id FROM cart WHERE customer_id IS NOT NULL ORDER BY magento_id LIMIT 2');
    const [mine, theirs] = rows.map((r) => r.customer_id as string);
    const own = await server.app.inject({ url: `/checkout/carts?customer_id=${mine}`, headers: await customerHeaders(mine) });
    expect(own.statusCode).toBe(200);
    expect(own.json().carts.length).toBeGreaterThan(0);
    expect(own.json().carts.every((c: { customer_id: string }) => c.customer_id === mine)).toBe(true);
    expect((await server.app.inject({ url: `/checkout/carts?customer_id=${theirs}`, headers: await customerHeaders(mine) })).statusCode).toBe(403);
    expect((await server.app.inject({ url: '/checkout/carts?email=someone@example.com', headers: await customerHeaders(mine) })).statusCode).toBe(403);
    expect((await server.app.inject({ url: '/checkout/carts/1' })).statusCode).toBe(401);
  });

  it('moves no cart without --carts-since (the service alone)', async () => {
    const off = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: `${dbs.pgPrefix}_off`, contexts: [checkoutMigration(null)], batchSize: 50 });
    expect(off.status).toBe('completed');
    expect(off.services[0].entities.find((e) => e.entity === 'carts')).toMatchObject({ sourceCount: 0, loaded: 0 });
    expect(() => parseCartsSince('2024-02-30')).toThrow(/YYYY-MM-DD/);
  });

  it('verify --carts-since agrees with the migration, then names a changed total, a removed line and a cart of another day', async () => {
    const verify = (since: string) => runVerify({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [{ name: 'checkout', verify: checkoutMigration(since).verify! }], sample: 'full' });
    const ok = await verify(SINCE);
    const carts = ok.services[0].entities[0];
    expect(ok.error).toBeUndefined();
    expect(ok.status, JSON.stringify(carts.differences.slice(0, 3))).toBe('agrees');
    expect(carts.counts).toMatchObject({ addsUp: true });
    expect(carts.counts.source).toBeGreaterThan(0);
    expect(carts.fieldsCompared).toBeGreaterThan(0);
    expect(carts.measures.some((m) => m.measure === 'row_total' && m.source !== '0')).toBe(true);
    // Another day than the migration's: the carts of the days between are named as missing.
    const earlier = (await verify('2024-01-01')).services[0].entities[0];
    expect(earlier.keySets[0].missingCount).toBeGreaterThan(0);

    const [a, b] = (await target.query<{ magento_id: string; currency: string }>('SELECT c.magento_id, c.currency FROM cart c WHERE c.grand_total IS NOT NULL AND EXISTS (SELECT 1 FROM cart_item i WHERE i.cart_id = c.id) ORDER BY c.magento_id LIMIT 2')).rows;
    await target.query('UPDATE cart SET grand_total = grand_total + 0.01 WHERE magento_id = $1', [a.magento_id]);
    const line = (await target.query<{ magento_id: string }>('SELECT i.magento_id FROM cart_item i JOIN cart c ON c.id = i.cart_id WHERE c.magento_id = $1 ORDER BY i.magento_id LIMIT 1', [b.magento_id])).rows[0];
    await target.query('DELETE FROM cart_item WHERE magento_id = $1', [line.magento_id]);
    const r = (await verify(SINCE)).services[0].entities[0];
    expect(r.agrees).toBe(false);
    expect(r.differences).toEqual(expect.arrayContaining([
      expect.objectContaining({ key: `quote_id=${a.magento_id}`, field: 'grand_total' }),
      expect.objectContaining({ key: `quote_id=${b.magento_id},item=${line.magento_id}`, field: '(row)', source: 'present', target: null }),
    ]));
    expect(r.measures.find((m) => m.measure === 'grand_total' && m.group === a.currency)?.agrees).toBe(false);
    expect(r.measures.find((m) => m.measure === 'cart_lines' && m.group === b.currency)?.agrees).toBe(false);
  });
});
