/**
 * The order service on the real Magento 2.4.2 Luma dump: its 2 orders, their invoices, shipments and the
 * credit memo, through the HTTP routes, against an independent reading of the source (support.ts); the
 * reconciliation balances; numbering continues after Magento's sequences.
 */
import type { Connection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderMigration } from '../../pipeline/order/index.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import type { RunReport } from '../../pipeline/report.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { nextIncrementId } from '../../services/order/index.ts';
import { pgClient } from '../fixtures/target-dump.ts';
import { customerHeaders, staffHeaders } from '../support/tokens.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';
import { answerSubset, expectedOrder, orderServer, sourceConnection } from './support.ts';

describe.skipIf(!lumaAvailable)('orders of the Luma 2.4.2 dump', () => {
  let dbs: TestDatabases;
  let conn: Connection;
  let report: RunReport;
  let server: HttpServer;
  let staff: { authorization: string };

  beforeAll(async () => {
    dbs = await createTestDatabases('orderluma');
    await loadLumaDump(dbs.mysqlDatabase);
    conn = await sourceConnection(dbs.mysqlUrl);
    report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [orderMigration] });
    server = await orderServer(dbs.pgUrl, dbs.pgPrefix);
    staff = await staffHeaders(['sales']);
  });
  afterAll(async () => {
    await server?.close();
    await conn?.end();
    await dbs?.cleanup();
  });

  it('loads every order, invoice, shipment and credit memo, the counts adding up', () => {
    expect(report.error).toBeUndefined();
    expect(report.countsAddUp).toBe(true);
    const by = Object.fromEntries(report.services[0].entities.map((e) => [e.entity, e]));
    expect([by.orders.loaded, by.invoices.loaded, by.shipments.loaded, by.creditmemos.loaded]).toEqual([2, 2, 2, 1]);
    for (const e of Object.values(by)) expect(e.rejected, e.entity).toBe(0);
    expect(by.orders.stats['carts.not_migrated']).toBe(3);
  });

  it('answers each order as the source has it', async () => {
    const [ids] = await conn.query('SELECT entity_id, increment_id FROM sales_order ORDER BY entity_id');
    for (const { entity_id: id, increment_id: inc } of ids as Array<{ entity_id: number; increment_id: string }>) {
      const res = await server.app.inject({ headers: staff, url: `/orders/${inc}` });
      expect(res.statusCode, res.body).toBe(200);
      expect(answerSubset(res.json())).toEqual(await expectedOrder(conn, id));
    }
    // The closed order: refunded in full by its credit memo, with the exact amounts.
    const closed = (await server.app.inject({ headers: staff, url: '/orders/000000002?store=default' })).json();
    expect(closed).toMatchObject({ state: 'closed', lifecycle: 'closed', totals: { grand_total: '39.6400', total_refunded: '39.6400' } });
    expect(closed.credit_memos).toHaveLength(1);
    expect(closed.items[0]).toMatchObject({ sku: 'WS08-XS-Blue', qty_refunded: '1.0000', children: [] });
  });

  it('lists the customer’s orders newest first, page by page', async () => {
    const customerId = (await server.app.inject({ headers: staff, url: '/orders/000000001' })).json().customer.id;
    const first = (await server.app.inject({ headers: staff, url: `/orders?customer_id=${customerId}&limit=1` })).json();
    expect(first.orders.map((o: { increment_id: string }) => o.increment_id)).toEqual(['000000002']);
    const second = (await server.app.inject({ headers: staff, url: `/orders?customer_id=${customerId}&limit=1&cursor=${first.next_cursor}` })).json();
    expect(second.orders.map((o: { increment_id: string }) => o.increment_id)).toEqual(['000000001']);
    expect(second.next_cursor).toBeNull();
    const byEmail = (await server.app.inject({ headers: staff, url: '/orders?email=RONI_COST@example.com' })).json();
    expect(byEmail.orders).toHaveLength(2);
  });

  it('reconciles source and target per store and currency', () => {
    const r = report.services[0].reconciliation!;
    expect(r.balanced).toBe(true);
    const find = (doc: string, measure: string) => r.rows.find((x) => x.doc === doc && x.measure === measure)!;
    expect(find('orders', 'grand_total')).toMatchObject({ store: 'default (1)', currency: 'USD', source: '76.0300', target: '76.0300' });
    expect(find('orders', 'total_refunded')).toMatchObject({ source: '39.6400', target: '39.6400' });
    expect(find('creditmemos', 'count')).toMatchObject({ source: '1', target: '1' });
  });

  it('numbers new documents after the migrated ones', async () => {
    const db = await pgClient(`${dbs.pgPrefix}_order`);
    try {
      expect(await nextIncrementId(db, 1, 'order')).toBe('000000003');
      expect(await nextIncrementId(db, 1, 'order')).toBe('000000004');
      expect(await nextIncrementId(db, 1, 'creditmemo')).toBe('000000002');
      expect(await nextIncrementId(db, 1, 'shipment')).toBe('000000003');
    } finally {
      await db.end();
    }
  });

  it('answers a customer their own orders only, staff by role, and nobody without a token', async () => {
    const customerId: string = (await server.app.inject({ headers: staff, url: '/orders/000000001' })).json().customer.id;
    const other = '99999999-9999-5999-8999-999999999999';
    const as = async (headers: Record<string, string>, url: string) => (await server.app.inject({ headers, url })).statusCode;
    expect(await as(await customerHeaders(customerId), '/orders/000000001')).toBe(200);
    expect(await as(await customerHeaders(customerId), `/orders?customer_id=${customerId}`)).toBe(200);
    expect(await as(await customerHeaders(other), '/orders/000000001')).toBe(403);
    expect(await as(await customerHeaders(other), `/orders?customer_id=${customerId}`)).toBe(403);
    expect(await as(await customerHeaders(customerId), '/orders?email=RONI_COST@example.com')).toBe(403);
    expect(await as(await staffHeaders(['catalog']), '/orders/000000001')).toBe(403);
    expect(await as(await staffHeaders(['admin']), '/orders/000000001')).toBe(200);
    const none = await server.app.inject({ url: '/orders/000000001' });
    expect([none.statusCode, none.json().code]).toEqual([401, 'TOKEN_MISSING']);
  });

  it('publishes its OpenAPI document, private routes under the bearer scheme', async () => {
    const doc = (await server.app.inject({ url: '/order/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/orders/{increment_id}', '/orders']));
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.paths['/orders/{increment_id}'].get.security).toEqual([{ bearerAuth: [] }]);
  });
});
