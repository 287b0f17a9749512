/**
 * The order service on a Magento 2.1-shaped store (test/fixtures/magento21.ts): payment information, item
 * options and transaction details PHP-serialized, as 2.1 stores them. The migration reads them with
 * php-serialize and loads the same JSON a 2.2+ store would give.
 */
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSource } from '../../generator/index.ts';
import { orderMigration } from '../../pipeline/order/index.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { downgradeTo21, serializeSalesTo21 } from '../fixtures/magento21.ts';
import { pgClient } from '../fixtures/target-dump.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

describe.each(['opensource', 'commerce'] as const)('orders of a Magento 2.1 %s store', (edition) => {
  let dbs: TestDatabases;
  let before: Map<string, unknown>;
  let serialized: Record<string, number>;
  beforeAll(async () => {
    dbs = await createTestDatabases(`order21${edition}`);
    await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', edition, force: true });
    const conn = await mysql.createConnection(dbs.mysqlUrl);
    try {
      // The JSON each payment and item holds before the store is made 2.1-shaped (a few payments are serialized already).
      const [p] = await conn.query("SELECT entity_id, additional_information AS v FROM sales_order_payment WHERE additional_information LIKE '{%'");
      const [i] = await conn.query("SELECT item_id, product_options AS v FROM sales_order_item WHERE product_options LIKE '{%'");
      before = new Map([
        ...(p as Array<{ entity_id: number; v: string }>).map((r) => [`payment:${r.entity_id}`, JSON.parse(r.v)] as const),
        ...(i as Array<{ item_id: number; v: string }>).map((r) => [`item:${r.item_id}`, JSON.parse(r.v)] as const),
      ]);
      await downgradeTo21(conn, edition);
      serialized = await serializeSalesTo21(conn);
    } finally {
      await conn.end();
    }
  });
  afterAll(async () => {
    await dbs?.cleanup();
  });

  it('migrates, every count adding up, and reads the PHP-serialized values as the JSON 2.2 would hold', async () => {
    expect(serialized['sales_order_payment.additional_information']).toBeGreaterThan(10);
    expect(serialized['sales_order_item.product_options']).toBeGreaterThan(10);
    const report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [orderMigration], batchSize: 6 });
    expect(report.error).toBeUndefined();
    expect(report.countsAddUp).toBe(true);
    expect(report.services[0].reconciliation?.balanced).toBe(true);
    const orders = report.services[0].entities.find((e) => e.entity === 'orders')!;
    expect(orders.rejectsByReason.BAD_SERIALIZED).toBeUndefined();
    expect(orders.stats['items.product_options_php_serialized']).toBeGreaterThanOrEqual(serialized['sales_order_item.product_options'] - 2);
    const db = await pgClient(`${dbs.pgPrefix}_order`);
    try {
      const { rows: payments } = await db.query('SELECT magento_id, additional_information AS v FROM order_payment');
      const { rows: items } = await db.query('SELECT magento_id, product_options AS v FROM order_item');
      let compared = 0;
      for (const r of payments) if (before.has(`payment:${r.magento_id}`)) (compared++, expect(r.v).toEqual(before.get(`payment:${r.magento_id}`)));
      for (const r of items) if (before.has(`item:${r.magento_id}`)) (compared++, expect(r.v).toEqual(before.get(`item:${r.magento_id}`)));
      expect(compared).toBeGreaterThan(20);
      // The payments serialized from the start (pre-2.2 rows the generator plants) decode too.
      expect(payments.every((r) => r.v === null || typeof r.v === 'object')).toBe(true);
      const { rows: tx } = await db.query("SELECT count(*) AS n FROM payment_transaction WHERE additional_information ? 'raw_details_info'");
      expect(Number(tx[0].n)).toBeGreaterThan(0);
    } finally {
      await db.end();
    }
  });
});
