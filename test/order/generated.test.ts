/**
 * The order service on generated stores (tiny: three store views, two currencies; small: one view), against
 * an independent reading of the source (support.ts and the SQL here): every order through the HTTP route,
 * every reject with its reason, the reconciliation, numbering, the increment id shared by two stores (409),
 * card data left out, and a dry run showing the source side only.
 */
import type { Connection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedSalesDirt, seedSource } from '../../generator/index.ts';
import { orderMigration } from '../../pipeline/order/index.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import type { EntityReport, RunReport } from '../../pipeline/report.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { nextIncrementId } from '../../services/order/index.ts';
import { pgClient } from '../fixtures/target-dump.ts';
import { customerHeaders, staffHeaders } from '../support/tokens.ts';
import { createTestDatabases, listPgDatabases, type TestDatabases } from '../support/databases.ts';
import { answerSubset, expectedOrder, orderServer, sourceConnection } from './support.ts';

async function one(conn: Connection, sql: string): Promise<number> {
  const [r] = await conn.query(sql);
  return Number(Object.values((r as Record<string, unknown>[])[0])[0]);
}

/** Orders that lose their increment id to an earlier order of the same store (the independent rule). */
const LATER_DUPLICATES = `SELECT o.entity_id FROM sales_order o WHERE EXISTS (SELECT 1 FROM sales_order e
  WHERE e.increment_id = o.increment_id AND e.store_id <=> o.store_id AND e.entity_id < o.entity_id)`;

describe.each(['tiny', 'small'] as const)('orders of a generated %s store', (profile) => {
  let dbs: TestDatabases;
  let conn: Connection;
  let report: RunReport;
  let server: HttpServer;
  let staff: { authorization: string };
  let by: Record<string, EntityReport>;
  const dirt = expectedSalesDirt(profile);

  beforeAll(async () => {
    dbs = await createTestDatabases(`ordergen${profile}`);
    await seedSource({ source: dbs.mysqlUrl, profile, force: true });
    conn = await sourceConnection(dbs.mysqlUrl);
    report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [orderMigration], batchSize: 7 });
    by = Object.fromEntries(report.services[0].entities.map((e) => [e.entity, e]));
    server = await orderServer(dbs.pgUrl, dbs.pgPrefix);
    staff = await staffHeaders(['sales']);
  });
  afterAll(async () => {
    await server?.close();
    await conn?.end();
    await dbs?.cleanup();
  });

  it('accounts for every row: loaded + rejected = source, each reject with its reason', async () => {
    expect(report.error).toBeUndefined();
    expect(report.countsAddUp).toBe(true);
    for (const [entity, table] of [['orders', 'sales_order'], ['invoices', 'sales_invoice'], ['shipments', 'sales_shipment'], ['creditmemos', 'sales_creditmemo'],
      ['payment_transactions', 'sales_payment_transaction'], ['downloadable_links', 'downloadable_link_purchased'], ['numbering', 'sales_sequence_meta']]) {
      expect(by[entity].sourceCount, entity).toBe(await one(conn, `SELECT COUNT(*) FROM ${table}`));
    }
    const duplicates = await one(conn, `SELECT COUNT(*) FROM (${LATER_DUPLICATES}) x`);
    expect(duplicates).toBe(dirt.duplicateIncrementIds);
    expect(by.orders.rejected).toBe(duplicates);
    expect(by.orders.rejectsByReason).toEqual({
      ...(duplicates ? { DUPLICATE_INCREMENT_ID: duplicates } : {}),
      ZERO_DATE: await one(conn, "SELECT COUNT(*) FROM sales_order WHERE created_at = '0000-00-00 00:00:00'"),
      // NUL bytes: in the billing streets the sales dirt makes, and in customers' names the customer dirt makes,
      // copied into their orders as Magento copies the name at checkout.
      NUL_BYTE: await one(conn, 'SELECT COUNT(*) FROM sales_order_address WHERE LOCATE(CHAR(0), CONCAT_WS(\'|\', street, firstname, lastname)) > 0')
        + await one(conn, 'SELECT COUNT(*) FROM sales_order WHERE LOCATE(CHAR(0), CONCAT_WS(\'|\', customer_firstname, customer_lastname)) > 0'),
    });
    expect(by.orders.rejectsByReason.ZERO_DATE).toBe(dirt.zeroDateOrders);
    expect(by.orders.rejectsByReason.NUL_BYTE).toBeGreaterThanOrEqual(dirt.nulByteAddresses);
    for (const [entity, table] of [['invoices', 'sales_invoice'], ['shipments', 'sales_shipment'], ['creditmemos', 'sales_creditmemo'], ['payment_transactions', 'sales_payment_transaction']]) {
      const dangling = await one(conn, `SELECT COUNT(*) FROM ${table} d LEFT JOIN sales_order o ON o.entity_id = d.order_id WHERE o.entity_id IS NULL`);
      const ofRejected = await one(conn, `SELECT COUNT(*) FROM ${table} d WHERE d.order_id IN (${LATER_DUPLICATES})`);
      const expected: Record<string, number> = {};
      if (dangling) expected.DANGLING_ORDER = dangling;
      if (ofRejected) expected.ORDER_REJECTED = ofRejected;
      expect(by[entity].rejectsByReason, entity).toEqual(expected);
    }
    expect(by.invoices.rejectsByReason.DANGLING_ORDER).toBe(1);
    expect(by.shipments.rejectsByReason.DANGLING_ORDER).toBe(1);
  });

  it('answers every loaded order as the source has it', async () => {
    const [ids] = await conn.query(`SELECT o.entity_id, o.increment_id, s.code FROM sales_order o LEFT JOIN store s ON s.store_id = o.store_id
      WHERE o.entity_id NOT IN (${LATER_DUPLICATES}) ORDER BY o.entity_id`);
    const list = ids as Array<{ entity_id: number; increment_id: string; code: string | null }>;
    expect(list.length).toBe(by.orders.loaded);
    for (const { entity_id: id, increment_id: inc, code } of list) {
      const res = await server.app.inject({ headers: staff, url: `/orders/${inc}${code ? `?store=${code}` : ''}` });
      if (code === null && res.statusCode === 409) continue; // a deleted store's order shares its number with a live one: checked below
      expect(res.statusCode, `${inc}: ${res.body}`).toBe(200);
      const expected = await expectedOrder(conn, id);
      // A zero date is rejected as a value: the order comes without one.
      expect(answerSubset(res.json()), inc).toEqual(expected);
    }
  });

  it('nests configurable children under their line and never counts them twice', async () => {
    const db = await pgClient(`${dbs.pgPrefix}_order`);
    try {
      const lines = await one(conn, `SELECT COUNT(*) FROM sales_order_item WHERE parent_item_id IS NULL AND order_id NOT IN (${LATER_DUPLICATES})`);
      const children = await one(conn, `SELECT COUNT(*) FROM sales_order_item WHERE parent_item_id IS NOT NULL AND order_id NOT IN (${LATER_DUPLICATES})`);
      expect(children).toBeGreaterThan(0);
      const { rows } = await db.query('SELECT count(*) FILTER (WHERE parent_magento_id IS NULL) AS lines, count(*) FILTER (WHERE parent_magento_id IS NOT NULL) AS children FROM order_item');
      expect([Number(rows[0].lines), Number(rows[0].children)]).toEqual([lines, children]);
      const gone = await one(conn, `SELECT COUNT(*) FROM sales_order_item i WHERE NOT EXISTS (SELECT 1 FROM catalog_product_entity p WHERE p.entity_id = i.product_id)
        AND i.order_id NOT IN (${LATER_DUPLICATES})`);
      expect(gone).toBeGreaterThan(0);
      expect(by.orders.stats['items.product_gone']).toBe(gone);
      const { rows: kept } = await db.query('SELECT count(*) AS n FROM order_item WHERE product_id IS NULL AND product_magento_id IS NOT NULL AND sku IS NOT NULL AND price IS NOT NULL');
      expect(Number(kept[0].n)).toBe(gone);
    } finally {
      await db.end();
    }
  });

  it('reconciles per store and currency, the rejects explaining the difference', async () => {
    const r = report.services[0].reconciliation!;
    expect(r.balanced).toBe(true);
    const orders = r.rows.filter((x) => x.doc === 'orders' && x.measure === 'count');
    expect(orders.reduce((s, x) => s + Number(x.source), 0)).toBe(by.orders.sourceCount);
    expect(orders.reduce((s, x) => s + Number(x.target), 0)).toBe(by.orders.loaded);
    // Independent sums per store and currency, in exact decimals from the source.
    const [sums] = await conn.query(`SELECT store_id, order_currency_code AS cur, SUM(grand_total) AS g, SUM(base_grand_total) AS b FROM sales_order GROUP BY 1, 2`);
    for (const s of sums as Array<{ store_id: number | null; cur: string; g: string; b: string }>) {
      const row = (m: string) => r.rows.find((x) => x.doc === 'orders' && x.measure === m && x.currency === s.cur && x.store.endsWith(s.store_id === null ? '(deleted store)' : `(${s.store_id})`))!;
      expect(row('grand_total').source).toBe(s.g);
      expect(row('base_grand_total').source).toBe(s.b);
    }
    if (profile === 'tiny') {
      expect(new Set(r.rows.filter((x) => x.doc === 'orders').map((x) => x.currency))).toEqual(new Set(['USD', 'EUR']));
      expect(r.rows.some((x) => x.doc === 'orders' && x.measure === 'count' && x.rejected === '1')).toBe(dirt.duplicateIncrementIds === 1);
    }
  });

  it('leaves card data out and counts it', async () => {
    const cardColumns = await one(conn, `SELECT SUM((COALESCE(cc_exp_month, '') <> '') + (COALESCE(cc_exp_year, '') <> '') + (COALESCE(cc_number_enc, '') <> ''))
      FROM sales_order_payment WHERE parent_id NOT IN (${LATER_DUPLICATES})`);
    expect(cardColumns).toBeGreaterThan(0);
    expect(by.orders.stats['payments.card_columns_left_out']).toBe(cardColumns);
    const db = await pgClient(`${dbs.pgPrefix}_order`);
    try {
      const { rows } = await db.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'order_payment' AND column_name ~ '^(cc_(number|exp|owner|cid|ss)|echeck)'");
      expect(rows).toEqual([]);
      const { rows: last4 } = await db.query("SELECT count(*) AS n FROM order_payment WHERE method = 'braintree' AND cc_last_4 ~ '^[0-9]{4}$' AND cc_type = 'VI'");
      expect(Number(last4[0].n)).toBeGreaterThan(0);
    } finally {
      await db.end();
    }
  });

  it('carries the rest of the history: taxes, comments, tracks, transactions, gift messages, downloads, status labels', async () => {
    const db = await pgClient(`${dbs.pgPrefix}_order`);
    try {
      const target = async (t: string) => Number((await db.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
      const notRejected = `order_id NOT IN (${LATER_DUPLICATES})`;
      expect(await target('order_tax')).toBe(await one(conn, `SELECT COUNT(*) FROM sales_order_tax WHERE ${notRejected}`));
      expect(await target('order_tax_item')).toBe(await one(conn, `SELECT COUNT(*) FROM sales_order_tax_item ti JOIN sales_order_tax t ON t.tax_id = ti.tax_id WHERE t.${notRejected}`));
      expect(await target('invoice_comment')).toBe(await one(conn, `SELECT COUNT(*) FROM sales_invoice_comment c JOIN sales_invoice d ON d.entity_id = c.parent_id JOIN sales_order o ON o.entity_id = d.order_id WHERE d.${notRejected}`));
      expect(await target('shipment_track')).toBe(await one(conn, `SELECT COUNT(*) FROM sales_shipment_track t JOIN sales_shipment d ON d.entity_id = t.parent_id JOIN sales_order o ON o.entity_id = d.order_id WHERE d.${notRejected}`));
      expect(await target('creditmemo_comment')).toBeGreaterThan(0);
      expect(await target('payment_transaction')).toBe(by.payment_transactions.loaded);
      expect(await target('payment_transaction')).toBeGreaterThan(0);
      expect(await target('downloadable_link_purchased_item')).toBe(await one(conn, 'SELECT COUNT(*) FROM downloadable_link_purchased_item'));
      const gifts = await one(conn, `SELECT COUNT(*) FROM sales_order WHERE gift_message_id IS NOT NULL AND entity_id NOT IN (${LATER_DUPLICATES})`);
      expect(Number((await db.query('SELECT count(*) AS n FROM sales_order WHERE gift_message IS NOT NULL')).rows[0].n)).toBe(gifts);
      expect(await target('order_status_label')).toBe(await one(conn, 'SELECT COUNT(*) FROM sales_order_status_label'));
      expect(by.orders.stats['carts.not_migrated']).toBe(await one(conn, 'SELECT COUNT(*) FROM quote'));
    } finally {
      await db.end();
    }
  });

  it('numbers new documents of each store after Magento’s sequences', async () => {
    const db = await pgClient(`${dbs.pgPrefix}_order`);
    try {
      // The default store's order sequence is one ahead of its orders (a number reserved by an abandoned checkout).
      const last = await one(conn, 'SELECT MAX(sequence_value) FROM sequence_order_1');
      expect(await nextIncrementId(db, 1, 'order')).toBe(String(last + 1).padStart(9, '0'));
      const invoices = await one(conn, 'SELECT MAX(sequence_value) FROM sequence_invoice_1');
      expect(await nextIncrementId(db, 1, 'invoice')).toBe(String(invoices + 1).padStart(9, '0'));
      if (profile === 'tiny') {
        // Store 2's profile has its store id as prefix (Magento's SequenceCreatorObserver).
        const n = await one(conn, 'SELECT MAX(sequence_value) FROM sequence_order_2');
        expect(await nextIncrementId(db, 2, 'order')).toBe(`2${String(n + 1).padStart(9, '0')}`);
      }
    } finally {
      await db.end();
    }
  });

  if (profile === 'tiny') it('answers 409 with both orders when two stores share an increment id, and 404 for an unknown one', async () => {
    const [shared] = await conn.query(`SELECT o.increment_id FROM sales_order o JOIN sales_order p ON p.increment_id = o.increment_id AND p.store_id <> o.store_id
      WHERE o.store_id = 1 ORDER BY o.entity_id LIMIT 1`);
    const inc = (shared as Array<{ increment_id: string }>)[0].increment_id;
    const res = await server.app.inject({ headers: staff, url: `/orders/${inc}` });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ statusCode: 409, code: 'AMBIGUOUS_INCREMENT_ID' });
    const stores = res.json().matches.map((m: { store: string }) => m.store);
    expect(stores).toHaveLength(2);
    expect(stores).toContain('default');
    expect(new Set(stores).size).toBe(2);
    expect((await server.app.inject({ headers: staff, url: `/orders/${inc}?store=default` })).statusCode).toBe(200);
    expect((await server.app.inject({ headers: staff, url: '/orders/999999999' })).statusCode).toBe(404);
    expect((await server.app.inject({ headers: staff, url: `/orders/${inc}?store=nope` })).json().code).toBe('UNKNOWN_STORE');
  });

  it('lists orders by customer and by guest e-mail, newest first, without repeats across pages', async () => {
    const [guest] = await conn.query(`SELECT customer_email FROM sales_order WHERE customer_is_guest = 1 AND entity_id NOT IN (${LATER_DUPLICATES}) LIMIT 1`);
    const email = (guest as Array<{ customer_email: string }>)[0].customer_email;
    const byEmail = (await server.app.inject({ headers: staff, url: `/orders?email=${encodeURIComponent(email)}` })).json();
    expect(byEmail.orders.length).toBeGreaterThan(0);
    const [top] = await conn.query(`SELECT customer_id, COUNT(*) AS n FROM sales_order WHERE customer_id IS NOT NULL AND entity_id NOT IN (${LATER_DUPLICATES})
      GROUP BY customer_id ORDER BY n DESC, customer_id LIMIT 1`);
    const { customer_id: customer, n } = (top as Array<{ customer_id: number; n: number }>)[0];
    const first = (await server.app.inject({ headers: staff, url: `/orders?email=${encodeURIComponent(email)}&limit=1` })).json();
    expect(first.orders).toHaveLength(1);
    const id = (await server.app.inject({ headers: staff, url: `/orders/${first.orders[0].increment_id}?store=${first.orders[0].store}` })).json().customer.id;
    expect(id).toBeNull();
    const seen: string[] = [];
    const { entityUuid } = await import('../../core/ids.ts');
    let cursor: string | null = null;
    do {
      const page: { orders: Array<{ id: string; created_at: string | null }>; next_cursor: string | null } = (await server.app.inject({ headers: staff,
        url: `/orders?customer_id=${entityUuid('customer', customer)}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      })).json();
      seen.push(...page.orders.map((o) => o.id));
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toHaveLength(Number(n));
    expect(new Set(seen).size).toBe(Number(n));
    expect((await server.app.inject({ headers: staff, url: '/orders?customer_id=not-a-uuid' })).statusCode).toBe(400);
    expect((await server.app.inject({ headers: staff, url: `/orders?email=${encodeURIComponent(email)}&cursor=garbage` })).json().code).toBe('BAD_CURSOR');
  });

  if (profile === 'tiny') it('shows the source side of the reconciliation in a dry run, touching no target', async () => {
    const dry = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: `${dbs.pgPrefix}_dry`, contexts: [orderMigration], dryRun: true });
    expect(dry.countsAddUp).toBe(true);
    const r = dry.services[0].reconciliation!;
    expect(r.balanced).toBeNull();
    expect(r.rows.every((x) => x.target === null)).toBe(true);
    expect(r.rows.filter((x) => x.doc === 'orders' && x.measure === 'grand_total').map((x) => x.source))
      .toEqual(report.services[0].reconciliation!.rows.filter((x) => x.doc === 'orders' && x.measure === 'grand_total').map((x) => x.source));
    expect(await listPgDatabases(`${dbs.pgPrefix}_dry`)).toEqual([]);
  });
});
