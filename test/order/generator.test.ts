/**
 * What the generator gives the order context: Magento's numbering, partial documents, the tables of 2.4's
 * sales history, the planted order dirt counted by SQL of its own, and --orders.
 */
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedSalesDirt, seedSource, type SalesDirtCounts } from '../../generator/index.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

let dbs: TestDatabases;
let conn: mysql.Connection;
const one = async (sql: string): Promise<number> => {
  const [r] = await conn.query(sql);
  return Number(Object.values((r as Record<string, unknown>[])[0])[0]);
};

beforeAll(async () => {
  dbs = await createTestDatabases('ordergenerator');
  await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', force: true, orders: 300 });
  conn = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
});
afterAll(async () => {
  await conn?.end();
  await dbs?.cleanup();
});

describe('the generator for the order context (tiny, --orders 300)', () => {
  it('makes the number of orders asked for', async () => {
    expect(await one('SELECT COUNT(*) FROM sales_order')).toBe(300);
  });

  it('plants exactly the documented order dirt', async () => {
    const found: SalesDirtCounts = {
      zeroDateOrders: await one("SELECT COUNT(*) FROM sales_order WHERE created_at = '0000-00-00 00:00:00'"),
      nulByteAddresses: await one('SELECT COUNT(*) FROM sales_order_address WHERE LOCATE(CHAR(0), street) > 0'),
      deletedStoreOrders: await one('SELECT COUNT(*) FROM sales_order WHERE store_id IS NULL'),
      duplicateIncrementIds: await one('SELECT COUNT(*) - COUNT(DISTINCT increment_id, COALESCE(store_id, -1)) FROM sales_order'),
      danglingDocuments: await one(`SELECT (SELECT COUNT(*) FROM sales_invoice d WHERE d.order_id NOT IN (SELECT entity_id FROM sales_order))
        + (SELECT COUNT(*) FROM sales_shipment d WHERE d.order_id NOT IN (SELECT entity_id FROM sales_order))`),
    };
    expect(found).toEqual(expectedSalesDirt({ ...(await import('../../generator/index.ts')).PROFILES.tiny, orders: 300 }));
    for (const [k, v] of Object.entries(found)) expect(v, k).toBeGreaterThan(0);
  });

  it('numbers orders and documents per store view as Magento does, its sequences in step', async () => {
    // Store 2 has its id as prefix; stores 1 and 3 none, so they share numbers.
    expect(await one("SELECT COUNT(*) FROM sales_order WHERE store_id = 2 AND increment_id NOT LIKE '2_________'")).toBe(0);
    expect(await one("SELECT COUNT(*) FROM sales_order WHERE store_id IN (1, 3) AND increment_id NOT REGEXP '^[0-9]{9}$'")).toBe(0);
    expect(await one('SELECT COUNT(*) FROM sales_order a JOIN sales_order b ON b.increment_id = a.increment_id AND a.store_id = 1 AND b.store_id = 3')).toBeGreaterThan(0);
    expect(await one('SELECT COUNT(*) FROM sales_sequence_meta')).toBe(4 * 4);
    expect(await one("SELECT prefix FROM sales_sequence_profile p JOIN sales_sequence_meta m USING (meta_id) WHERE m.store_id = 2 AND m.entity_type = 'invoice'")).toBe(2);
    expect(await one('SELECT MAX(sequence_value) FROM sequence_invoice_2')).toBe(await one('SELECT COUNT(*) FROM sales_invoice WHERE store_id = 2') + await one(
      'SELECT COUNT(*) FROM sales_invoice d JOIN sales_order o ON o.entity_id = d.order_id WHERE d.store_id IS NULL AND o.increment_id LIKE \'2%\''));
  });

  it('makes partial invoices, shipments and refunds, several currencies, guests and registered customers', async () => {
    expect(await one(`SELECT COUNT(*) FROM sales_invoice d JOIN sales_order o ON o.entity_id = d.order_id
      WHERE (SELECT COUNT(*) FROM sales_invoice_item ii WHERE ii.parent_id = d.entity_id) < (SELECT COUNT(*) FROM sales_order_item i WHERE i.order_id = o.entity_id AND i.parent_item_id IS NULL)`)).toBeGreaterThan(0);
    expect(await one("SELECT COUNT(*) FROM sales_order WHERE base_total_paid > 0 AND base_total_paid < base_grand_total AND state = 'processing'")).toBeGreaterThan(0);
    expect(await one(`SELECT COUNT(*) FROM sales_shipment d WHERE d.total_qty < (SELECT total_qty_ordered FROM sales_order o WHERE o.entity_id = d.order_id)`)).toBeGreaterThan(0);
    expect(await one('SELECT COUNT(*) FROM sales_creditmemo c JOIN sales_order o ON o.entity_id = c.order_id WHERE c.base_grand_total < o.base_grand_total')).toBeGreaterThan(0);
    expect(await one("SELECT COUNT(DISTINCT order_currency_code) FROM sales_order WHERE base_currency_code = 'USD'")).toBe(2);
    expect(await one('SELECT COUNT(*) FROM sales_order WHERE customer_is_guest = 1')).toBeGreaterThan(0);
    expect(await one('SELECT COUNT(*) FROM sales_order WHERE customer_id IS NOT NULL')).toBeGreaterThan(0);
  });

  it('writes the rest of 2.4’s sales history', async () => {
    for (const t of ['sales_order_tax', 'sales_order_tax_item', 'sales_invoice_comment', 'sales_shipment_comment', 'sales_creditmemo_comment', 'sales_payment_transaction',
      'sales_order_status_label', 'gift_message', 'downloadable_link_purchased', 'downloadable_link_purchased_item', 'quote']) {
      expect(await one(`SELECT COUNT(*) FROM ${t}`), t).toBeGreaterThan(0);
    }
    expect(await one("SELECT COUNT(*) FROM sales_payment_transaction WHERE txn_type = 'refund' AND parent_id IS NOT NULL")).toBeGreaterThan(0);
  });
});
