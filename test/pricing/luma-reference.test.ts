/**
 * The pricing service against Magento's own price index on the real Luma 2.4.2 dump: for every simple,
 * virtual and downloadable product, website and customer group, GET /pricing/prices/{sku} at the date the
 * index was built (2021-07-03: catalog_product_index_website.website_date; rule prices exist only around it)
 * answers catalog_product_index_price's final_price, and its price as the regular price. Every difference is
 * counted and listed in the output. Composites (configurable, grouped, bundle) are checked on min/max.
 */
import mysql from 'mysql2/promise';
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTarget } from '../../core/postgres.ts';
import { pricingMigration } from '../../pipeline/pricing/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { buildHttpServer, type HttpServer } from '../../services/kit/index.ts';
import { pricingService } from '../../services/pricing/index.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';

interface IndexRow { entity_id: number; sku: string; type_id: string; website_id: number; code: string; customer_group_id: number; price: string | null; final_price: string | null; min_price: string | null; max_price: string | null }

describe.skipIf(!lumaAvailable)('pricing service against catalog_product_index_price (Luma 2.4.2)', () => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let report: RunReport;
  let server: HttpServer;
  let websiteDate: string;

  beforeAll(async () => {
    dbs = await createTestDatabases('pricingluma');
    await loadLumaDump(dbs.mysqlDatabase);
    my = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
    report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [pricingMigration], batchSize: 300 });
    server = await buildHttpServer({ target: parseTarget(dbs.pgUrl), prefix: dbs.pgPrefix, services: [pricingService] });
    const [rows] = await my.query('SELECT DATE_FORMAT(website_date, "%Y-%m-%d") AS d FROM catalog_product_index_website WHERE website_id = 1');
    websiteDate = (rows as Array<{ d: string }>)[0].d;
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  /** Every (product of the types, website it is in, customer group), with the index row where Magento wrote one. */
  async function expectations(types: string[]): Promise<IndexRow[]> {
    const [rows] = await my.query(
      `SELECT e.entity_id, e.sku, e.type_id, pw.website_id, w.code, g.customer_group_id, i.price, i.final_price, i.min_price, i.max_price
         FROM catalog_product_entity e
         JOIN catalog_product_website pw ON pw.product_id = e.entity_id
         JOIN store_website w ON w.website_id = pw.website_id
         JOIN customer_group g
         LEFT JOIN catalog_product_index_price i ON i.entity_id = e.entity_id AND i.website_id = pw.website_id AND i.customer_group_id = g.customer_group_id
        WHERE e.type_id IN (?) ORDER BY e.entity_id, pw.website_id, g.customer_group_id`,
      [types],
    );
    return rows as IndexRow[];
  }

  const quote = async (r: IndexRow) => {
    const res = await server.app.inject({ method: 'GET', url: `/pricing/prices/${encodeURIComponent(r.sku)}?website=${r.code}&customer_group=${r.customer_group_id}&at=${websiteDate}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { final_price: string; regular_price: string; min_price: string; max_price: string; listed: boolean; rules_applied: unknown[] };
  };
  const same = (a: string | null, b: string | null) => (a === null || b === null ? a === b : new Decimal(a).eq(b));

  it('migrates with counts that add up and no rejects', () => {
    expect(report.status, report.error).toBe('completed');
    expect(report.countsAddUp).toBe(true);
    // Reconciliation: every count and sum of the source equals the target plus what the rejects hold.
    const rec = report.services[0].reconciliation?.rows ?? [];
    expect(rec.length).toBeGreaterThan(1);
    expect(rec.filter((c) => !c.balanced)).toEqual([]);
    for (const e of report.services[0].entities) expect(e.rejected, e.entity).toBe(0);
    expect(websiteDate).toBe('2021-07-03');
  });

  it('final_price and price equal the index for every simple, virtual and downloadable product, website and group', async () => {
    const rows = await expectations(['simple', 'virtual', 'downloadable']);
    expect(rows.length).toBe(7588);
    const differences: string[] = [];
    let ruled = 0;
    for (const r of rows) {
      const got = await quote(r);
      if (got.listed !== (r.final_price !== null)) differences.push(`${r.sku} w${r.website_id} g${r.customer_group_id}: listed ${got.listed}, index row ${r.final_price !== null}`);
      if (r.final_price === null) continue;
      if (!same(got.final_price, r.final_price)) differences.push(`${r.sku} w${r.website_id} g${r.customer_group_id}: final_price ${got.final_price}, index ${r.final_price}`);
      if (!same(got.regular_price, r.price)) differences.push(`${r.sku} w${r.website_id} g${r.customer_group_id}: regular_price ${got.regular_price}, index price ${r.price}`);
      if (got.rules_applied.length > 0) ruled++;
    }
    console.log(`[pricing/luma] ${rows.length} (product, website, group) rows compared with catalog_product_index_price: ${differences.length} differences${differences.length ? `\n  ${differences.join('\n  ')}` : ''}`);
    expect(differences).toEqual([]);
    // The one rule (20% off pants, category_ids () 27,18) reaches its 222 configurable children in 4 groups.
    expect(ruled).toBe(888);
  }, 300_000);

  it('composites: configurable and grouped min/max, the dynamic bundle from its selections', async () => {
    const rows = (await expectations(['configurable', 'grouped', 'bundle'])).filter((r) => r.min_price !== null);
    const differences: string[] = [];
    for (const r of rows) {
      const got = await quote(r);
      if (!same(got.min_price, r.min_price) || !same(got.max_price, r.max_price)) {
        differences.push(`${r.type_id} ${r.sku} g${r.customer_group_id}: min/max ${got.min_price}/${got.max_price}, index ${r.min_price}/${r.max_price}`);
      }
    }
    console.log(`[pricing/luma] ${rows.length} composite rows compared on min/max: ${differences.length} differences${differences.length ? `\n  ${differences.join('\n  ')}` : ''}`);
    expect(rows.length).toBe(147 * 4 + 4 + 4);
    expect(differences).toEqual([]);
  }, 300_000);

  it('answers 404 for an unknown SKU, website or group, 400 for a bad query, and publishes its OpenAPI', async () => {
    const get = (url: string) => server.app.inject({ method: 'GET', url });
    expect((await get('/pricing/prices/NOPE')).json()).toMatchObject({ statusCode: 404, code: 'UNKNOWN_SKU' });
    expect((await get('/pricing/prices/24-WB05?website=nowhere')).json()).toMatchObject({ statusCode: 404, code: 'UNKNOWN_WEBSITE' });
    expect((await get('/pricing/prices/24-WB05?customer_group=77')).json()).toMatchObject({ statusCode: 404, code: 'UNKNOWN_CUSTOMER_GROUP' });
    for (const bad of ['qty=0', 'qty=-1', 'qty=abc', 'at=yesterday', 'customer_group=x', 'colour=red', 'website=a%20b']) {
      const res = await get(`/pricing/prices/24-WB05?${bad}`);
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().code).toBe('BAD_REQUEST');
    }
    // Defaults: the default website, group 0, qty 1, now (the special price started 2021-07-03 and has no end).
    const now = (await get('/pricing/prices/24-WB05')).json();
    expect(now).toMatchObject({ website: 'base', customer_group: 0, qty: '1', currency: 'USD', regular_price: '32.00', final_price: '24.00' });
    const before = (await get('/pricing/prices/24-WB05?at=2021-07-02T23:00:00-07:00')).json();
    expect(before).toMatchObject({ final_price: '32.00', special_price: { price: '24.00', from: '2021-07-03', to: null, active: false } });
    const doc = (await get('/pricing/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(['/pricing/prices/{sku}']);
    expect(doc.paths['/pricing/prices/{sku}'].get.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['at', 'customer_group', 'qty', 'sku', 'website']);
  });
});
