/**
 * The warehouse service on the real Luma 2.4.2 dump (no MSI: the legacy stock becomes the default source and
 * stock): for every product with a row in cataloginventory_stock_status, GET /warehouse/stock/{sku} answers its
 * stock_status and qty; products Magento's legacy index left out are not salable. Then reservations over HTTP:
 * idempotent by order id, never below zero salable quantity, safe under concurrent orders.
 */
import mysql from 'mysql2/promise';
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTarget } from '../../core/postgres.ts';
import type { RunReport } from '../../pipeline/report.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { warehouseMigration } from '../../pipeline/warehouse/index.ts';
import { buildHttpServer, type HttpServer } from '../../services/kit/index.ts';
import { warehouseService } from '../../services/warehouse/index.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';
import { customerHeaders, staffHeaders, testAuth } from '../support/tokens.ts';

describe.skipIf(!lumaAvailable)('warehouse service against cataloginventory_stock_status (Luma 2.4.2)', () => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let report: RunReport;
  let server: HttpServer;
  const get = (url: string) => server.app.inject({ method: 'GET', url });
  const post = async (payload: unknown, headers?: Record<string, string>) =>
    server.app.inject({ method: 'POST', url: '/warehouse/reservations', payload: payload as object, headers: headers ?? (await staffHeaders(['sales'])) });

  beforeAll(async () => {
    dbs = await createTestDatabases('warehouseluma');
    await loadLumaDump(dbs.mysqlDatabase);
    my = await mysql.createConnection(dbs.mysqlUrl);
    report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [warehouseMigration], batchSize: 300 });
    server = await buildHttpServer({ target: parseTarget(dbs.pgUrl), prefix: dbs.pgPrefix, services: [warehouseService], poolSize: 10, auth: testAuth() });
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it('migrates the legacy stock as the default source and stock, counts adding up', () => {
    expect(report.status, report.error).toBe('completed');
    expect(report.countsAddUp).toBe(true);
    // Reconciliation: every count and sum of the source equals the target plus what the rejects hold.
    const rec = report.services[0].reconciliation?.rows ?? [];
    expect(rec.length).toBeGreaterThan(1);
    expect(rec.filter((c) => !c.balanced)).toEqual([]);
    const byEntity = Object.fromEntries(report.services[0].entities.map((e) => [e.entity, e]));
    expect(byEntity.legacy_stock).toMatchObject({ sourceCount: 1, loaded: 1 });
    expect(byEntity.sources).toMatchObject({ sourceCount: 0, loaded: 0, countsAddUp: true });
    expect(byEntity.products).toMatchObject({ sourceCount: 2046, loaded: 2046, rejected: 0 });
  });

  it('is_salable and quantity equal cataloginventory_stock_status for every product', async () => {
    const [rows] = await my.query(
      `SELECT e.sku, e.type_id, s.qty, s.stock_status FROM catalog_product_entity e
         LEFT JOIN cataloginventory_stock_status s ON s.product_id = e.entity_id AND s.website_id = 0 AND s.stock_id = 1 ORDER BY e.entity_id`,
    );
    const differences: string[] = [];
    let indexed = 0;
    for (const r of rows as Array<{ sku: string; type_id: string; qty: string | null; stock_status: number | null }>) {
      const res = await get(`/warehouse/stock/${encodeURIComponent(r.sku)}`);
      expect(res.statusCode, res.body).toBe(200);
      const got = res.json() as { is_salable: boolean; quantity: string; salable_qty: string | null };
      if (r.stock_status === null) {
        if (got.is_salable) differences.push(`${r.sku}: salable, but Magento's index has no row`);
        continue;
      }
      indexed++;
      if (got.is_salable !== (Number(r.stock_status) === 1)) differences.push(`${r.sku}: is_salable ${got.is_salable}, stock_status ${r.stock_status}`);
      if (!new Decimal(got.quantity).eq(r.qty ?? 0)) differences.push(`${r.sku}: quantity ${got.quantity}, qty ${r.qty}`);
      // MSI's GetProductSalableQty: index qty + reservations (none) - min_qty (0).
      if (got.salable_qty !== null && !new Decimal(got.salable_qty).eq(Number(r.stock_status) === 1 ? (r.qty ?? 0) : 0)) differences.push(`${r.sku}: salable_qty ${got.salable_qty}`);
    }
    console.log(`[warehouse/luma] ${indexed} cataloginventory_stock_status rows compared: ${differences.length} differences${differences.length ? `\n  ${differences.join('\n  ')}` : ''}`);
    expect(indexed).toBe(2046);
    expect(differences).toEqual([]);
  }, 120_000);

  it('reserves: idempotent by order id, refused below zero, one transaction for the whole order', async () => {
    const sku = 'WS03-XS-Red'; // qty 99 after Luma's sample order
    const first = await post({ order_id: '100000901', items: [{ sku, qty: '90' }, { sku: 'MP01-32-Black', qty: '1' }] });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().reservations).toEqual([
      { sku: 'MP01-32-Black', quantity: '-1', salable_qty_after: '99' },
      { sku, quantity: '-90', salable_qty_after: '9' },
    ]);
    const again = await post({ order_id: '100000901', items: [{ sku, qty: '90' }] });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: false, reservations: [{ sku: 'MP01-32-Black', quantity: '-1' }, { sku, quantity: '-90' }] });
    // Too much of one item refuses the whole order: the other item is not reserved either.
    const tooMuch = await post({ order_id: '100000902', items: [{ sku: 'MP01-32-Black', qty: '1' }, { sku, qty: '10' }] });
    expect(tooMuch.statusCode).toBe(409);
    expect(tooMuch.json()).toMatchObject({ code: 'INSUFFICIENT_STOCK' });
    expect((await get('/warehouse/stock/MP01-32-Black')).json()).toMatchObject({ salable_qty: '99', reservations_qty: '-1' });
    expect((await get(`/warehouse/stock/${sku}`)).json()).toMatchObject({ salable_qty: '9', reservations_qty: '-90', quantity: '99' });
    // The refused order left no trace: it can be placed again once it fits.
    expect((await post({ order_id: '100000902', items: [{ sku, qty: '9' }] })).statusCode).toBe(201);
    expect((await get(`/warehouse/stock/${sku}`)).json()).toMatchObject({ salable_qty: '0' });
  });

  it('never oversells under concurrent orders, and a concurrent duplicate order reserves once', async () => {
    const sku = 'WS08-XS-Blue'; // 99
    const orders = Array.from({ length: 30 }, (_, i) => post({ order_id: `race-${i}`, items: [{ sku, qty: '5' }] }));
    const dupes = Array.from({ length: 5 }, () => post({ order_id: 'race-dup', items: [{ sku: 'MP01-33-Black', qty: '3' }] }));
    const results = await Promise.all([...orders, ...dupes]);
    const codes = results.slice(0, 30).map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201).length).toBe(19); // 19 * 5 = 95 <= 99 < 100
    expect(codes.filter((c) => c === 409).length).toBe(11);
    expect((await get(`/warehouse/stock/${sku}`)).json()).toMatchObject({ salable_qty: '4', reservations_qty: '-95' });
    expect(results.slice(30).map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 201]);
    expect((await get('/warehouse/stock/MP01-33-Black')).json()).toMatchObject({ reservations_qty: '-3' });
  }, 60_000);

  it('answers 404 for an unknown SKU, stock or website, 400 for a bad request, and publishes its OpenAPI', async () => {
    expect((await get('/warehouse/stock/NOPE')).json()).toMatchObject({ statusCode: 404, code: 'UNKNOWN_SKU' });
    expect((await get('/warehouse/stock/MP01?stock=9')).json()).toMatchObject({ statusCode: 404, code: 'UNKNOWN_STOCK' });
    expect((await get('/warehouse/stock/MP01?website=nowhere')).json()).toMatchObject({ statusCode: 404, code: 'UNKNOWN_WEBSITE' });
    expect((await get('/warehouse/stock/MP01?website=base')).json()).toMatchObject({ stock_id: 1, is_salable: true, salable_qty: null });
    for (const q of ['stock=x', 'stock=1&website=base', 'color=red']) expect((await get(`/warehouse/stock/MP01?${q}`)).statusCode, q).toBe(400);
    for (const body of [{}, { order_id: 'x', items: [] }, { order_id: 'x', items: [{ sku: 'MP01', qty: '-1' }] }, { order_id: 'x', items: [{ sku: 'MP01', qty: 1 }] }]) {
      expect((await post(body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    expect((await post({ order_id: 'cfg', items: [{ sku: 'MP01', qty: '1' }] })).json()).toMatchObject({ statusCode: 400, code: 'NOT_STOCKED' });
    const doc = (await get('/warehouse/openapi.json')).json();
    expect(Object.keys(doc.paths).sort()).toEqual(['/warehouse/reservations', '/warehouse/stock/{sku}']);
  });

  it('reserves only for staff with the sales role: a customer or no token is refused', async () => {
    const body = { order_id: 'auth-1', items: [{ sku: 'MP01-33-Black', qty: '1' }] };
    const none = await server.app.inject({ method: 'POST', url: '/warehouse/reservations', payload: body });
    expect([none.statusCode, none.json().code]).toEqual([401, 'TOKEN_MISSING']);
    expect((await post(body, await customerHeaders('11111111-1111-5111-8111-111111111111'))).statusCode).toBe(403);
    expect((await post(body, await staffHeaders(['support']))).statusCode).toBe(403);
    expect((await post(body, await staffHeaders(['admin']))).statusCode).toBe(201);
  });
});
