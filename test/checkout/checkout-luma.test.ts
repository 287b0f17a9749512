/**
 * The checkout service on the real Luma 2.4.2 dump: of Luma's three carts, the one still active (a guest's
 * configurable line: the parent and its child) moves with --carts-since 2021-07-01, its lines and addresses as
 * the source holds them; the two converted ones stay behind; with a later date, none moves.
 */
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import { checkoutMigration } from '../../pipeline/checkout/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { migrateAndServe } from '../content/service-support.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';
import { staffHeaders } from '../support/tokens.ts';

describe.skipIf(!lumaAvailable)('checkout service on the Luma dump', () => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let report: RunReport;
  let server: HttpServer;

  beforeAll(async () => {
    dbs = await createTestDatabases('checkluma');
    await loadLumaDump(dbs.mysqlDatabase);
    my = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
    ({ report, server } = await migrateAndServe(dbs, checkoutMigration('2021-07-01'), 100));
  });
  afterAll(async () => {
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it("moves Luma's one active cart with its lines and addresses; the converted ones stay behind", async () => {
    const [[q]] = (await my.query('SELECT COUNT(*) AS carts, SUM(is_active) AS active FROM quote')) as unknown as [[{ carts: number; active: number }]];
    expect([Number(q.carts), Number(q.active)]).toEqual([3, 1]);
    expect(report.services[0].entities.find((e) => e.entity === 'carts')).toMatchObject({ sourceCount: 1, loaded: 1, rejected: 0 });
    expect(report.countsAddUp).toBe(true);
    const [active] = ((await my.query('SELECT entity_id, CAST(grand_total AS CHAR) AS total, quote_currency_code FROM quote WHERE is_active = 1')) as unknown as [Array<{ entity_id: number; total: string; quote_currency_code: string }>])[0];
    const [items] = (await my.query('SELECT item_id, parent_item_id, sku, CAST(qty AS CHAR) AS qty, CAST(price AS CHAR) AS price FROM quote_item WHERE quote_id = ? ORDER BY item_id', [active.entity_id])) as unknown as [Array<{ item_id: number; parent_item_id: number | null; sku: string; qty: string; price: string }>];
    const body = (await server.app.inject({ url: `/checkout/carts/${entityUuid('cart', active.entity_id)}`, headers: await staffHeaders(['support']) })).json();
    expect([body.magento_id, body.customer_id, body.is_guest, body.grand_total, body.currency]).toEqual([Number(active.entity_id), null, true, active.total, active.quote_currency_code]);
    expect(body.items.map((i: { magento_id: number; parent_magento_id: number | null; sku: string; qty: string; price: string }) => [i.magento_id, i.parent_magento_id, i.sku, i.qty, i.price]))
      .toEqual(items.map((i) => [Number(i.item_id), i.parent_item_id === null ? null : Number(i.parent_item_id), i.sku, i.qty, i.price]));
    expect(body.addresses.map((a: { address_type: string }) => a.address_type)).toEqual(['billing', 'shipping']);
  });

  it('moves none with a date after its last update', async () => {
    const later = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: `${dbs.pgPrefix}_later`, contexts: [checkoutMigration('2021-07-04')], batchSize: 100 });
    expect(later.services[0].entities.find((e) => e.entity === 'carts')).toMatchObject({ sourceCount: 0, loaded: 0 });
  });
});
