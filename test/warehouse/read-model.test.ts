/**
 * The warehouse read model (stock_facts and reservation_total, built by Postgres in the batch transactions and
 * kept by POST /warehouse/reservations) against the row-by-row reading it replaces (repository.ts: productBySku,
 * stockAnswer): on generated tiny stores with MSI (two sources, two stocks on two websites, reservations,
 * loaded in batches of 9 so composites and their parts arrive in different batches) and on the Luma store, for
 * every SKU and every stock (by id and by website) GET /warehouse/stock/{sku} answers what the rows say, before
 * and after reservations are made through the service.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTarget } from '../../core/postgres.ts';
import { seedSource } from '../../generator/index.ts';
import { warehouseMigration } from '../../pipeline/warehouse/index.ts';
import { buildHttpServer, type HttpServer } from '../../services/kit/index.ts';
import { productBySku, stockAnswer, stockBody, warehouseService } from '../../services/warehouse/index.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { migrateToPool } from '../support/migrated.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';
import { staffHeaders, testAuth } from '../support/tokens.ts';

interface Compared {
  answers: number;
  mismatches: string[];
}

/** Every SKU (or those given) in every stock, by stock id and by website: the route against the rows. */
async function compareAll(server: HttpServer, db: pg.Pool, only?: readonly string[]): Promise<Compared> {
  const skus = only ?? (await db.query<{ sku: string }>('SELECT sku FROM product ORDER BY magento_id')).rows.map((r) => r.sku);
  // By id: the stock rows (a stock only a sales channel names is refused by id, answered by website).
  const stocks = (await db.query<{ id: number }>('SELECT magento_id AS id FROM stock ORDER BY 1')).rows.map((r) => r.id);
  const channels = (await db.query<{ code: string; id: number }>("SELECT code, stock_id AS id FROM sales_channel WHERE type = 'website' ORDER BY code")).rows;
  const asked: Array<{ query: string; stockId: number }> = [
    { query: '', stockId: 1 },
    ...stocks.filter((id) => id !== 1).map((id) => ({ query: `?stock=${id}`, stockId: id })),
    ...channels.map((c) => ({ query: `?website=${c.code}`, stockId: c.id })),
  ];
  const out: Compared = { answers: 0, mismatches: [] };
  for (const sku of skus) {
    const product = await productBySku(db, sku);
    for (const a of asked) {
      const res = await server.app.inject({ method: 'GET', url: `/warehouse/stock/${encodeURIComponent(sku)}${a.query}` });
      const expected = JSON.parse(JSON.stringify(stockBody(a.stockId, await stockAnswer(db, a.stockId, sku, product))));
      out.answers++;
      if (res.statusCode !== 200 || JSON.stringify(res.json()) !== JSON.stringify(expected)) out.mismatches.push(`${sku}${a.query}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    }
  }
  return out;
}

/** Reserve one unit of a few salable simple SKUs per stock through the service, then compare those again. */
async function reserveSome(server: HttpServer, db: pg.Pool): Promise<string[]> {
  const { rows } = await db.query<{ sku: string }>(`SELECT p.sku FROM product p JOIN stock_item si ON si.product_id = p.id
      WHERE p.type = 'simple' AND p.enabled AND si.qty > 5 ORDER BY p.magento_id LIMIT 6`);
  const stocks = (await db.query<{ id: number }>('SELECT magento_id AS id FROM stock ORDER BY 1')).rows.map((r) => r.id);
  const headers = await staffHeaders(['sales']);
  let n = 0;
  for (const stockId of stocks) {
    for (const [i, r] of rows.entries()) {
      const res = await server.app.inject({
        method: 'POST', url: '/warehouse/reservations', headers,
        payload: { order_id: `rm-test-${stockId}-${i}-${n++}`, stock_id: stockId, items: [{ sku: r.sku, qty: '1' }, { sku: r.sku, qty: '0.5' }] },
      });
      // 409 (not enough) is an answer too; what matters is that the read model follows whatever was written.
      expect([201, 409], res.body).toContain(res.statusCode);
    }
  }
  return rows.map((r) => r.sku);
}

describe.each(['opensource', 'commerce'] as const)('the warehouse read model of a generated tiny store with MSI (%s)', (edition) => {
  let dbs: TestDatabases;
  let db: pg.Pool;
  let server: HttpServer;

  beforeAll(async () => {
    dbs = await createTestDatabases(`whrm${edition.slice(0, 2)}`);
    await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', edition, seed: 9 });
    db = await migrateToPool(dbs, warehouseMigration, 9);
    server = await buildHttpServer({ target: parseTarget(dbs.pgUrl), prefix: dbs.pgPrefix, services: [warehouseService], auth: testAuth() });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await db?.end();
    await dbs?.cleanup();
  });

  it('answers every SKU in every stock as the rows do, migrated reservations included', async () => {
    const types = (await db.query<{ type: string }>('SELECT DISTINCT type FROM product ORDER BY 1')).rows.map((r) => r.type);
    expect(types).toEqual(expect.arrayContaining(['bundle', 'configurable', 'grouped', 'simple']));
    expect(Number((await db.query('SELECT count(*) AS n FROM reservation')).rows[0].n)).toBeGreaterThan(0);
    expect(Number((await db.query('SELECT count(DISTINCT stock_id) AS n FROM stock_facts')).rows[0].n)).toBeGreaterThan(1);
    const c = await compareAll(server, db);
    expect(c.mismatches.slice(0, 20)).toEqual([]);
    expect(c.answers).toBeGreaterThanOrEqual(200);
  }, 300_000);

  it('follows the reservations the service makes', async () => {
    const skus = await reserveSome(server, db);
    expect(Number((await db.query('SELECT count(*) AS n FROM reservation WHERE magento_id IS NULL')).rows[0].n)).toBeGreaterThan(0);
    const c = await compareAll(server, db, skus);
    expect(c.mismatches).toEqual([]);
    // The totals equal the rows' sums everywhere.
    const { rows } = await db.query(`SELECT r.stock_id, r.sku FROM (SELECT stock_id, sku, sum(quantity) AS q FROM reservation GROUP BY 1, 2) r
        FULL JOIN reservation_total t USING (stock_id, sku) WHERE r.q IS DISTINCT FROM t.quantity`);
    expect(rows).toEqual([]);
  }, 120_000);
});

describe.skipIf(!lumaAvailable)('the warehouse read model of the Luma store', () => {
  let dbs: TestDatabases;
  let db: pg.Pool;
  let server: HttpServer;

  beforeAll(async () => {
    dbs = await createTestDatabases('whrmluma');
    await loadLumaDump(dbs.mysqlDatabase);
    db = await migrateToPool(dbs, warehouseMigration, 300);
    server = await buildHttpServer({ target: parseTarget(dbs.pgUrl), prefix: dbs.pgPrefix, services: [warehouseService], auth: testAuth() });
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await db?.end();
    await dbs?.cleanup();
  });

  it('answers every SKU in every stock as the rows do, before and after reservations', async () => {
    const c = await compareAll(server, db);
    expect(c.mismatches.slice(0, 20)).toEqual([]);
    expect(c.answers).toBeGreaterThanOrEqual(2046);
    const skus = await reserveSome(server, db);
    expect((await compareAll(server, db, skus)).mismatches).toEqual([]);
  }, 300_000);
});
