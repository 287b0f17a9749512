/**
 * The order read model (order_document, built by Postgres in the batch transactions of every entity that writes
 * an order's rows) against the live assembly it replaces (orderView: the order, its lines, addresses, payment,
 * history, taxes, invoices, shipments, credit memos and links read query by query): for every order of generated
 * stores (tiny: three store views, two currencies, all document kinds; small) and of the Luma store, a document
 * exists exactly where an order does and says the same thing, and the route sends it as stored.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSource } from '../../generator/index.ts';
import { orderMigration } from '../../pipeline/order/index.ts';
import { orderView, STORED_KINDS } from '../../services/order/index.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { migrateToPool } from '../support/migrated.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';
import { customerHeaders, staffHeaders } from '../support/tokens.ts';
import { orderServer } from './support.ts';

interface Compared {
  orders: number;
  documents: number;
  mismatches: string[];
  /** How many documents hold each part (so that a test proves the comparison saw them). */
  parts: Record<string, number>;
}

const PARTS = ['items', 'addresses', 'status_history', 'taxes', 'invoices', 'shipments', 'credit_memos', 'downloadable_links'] as const;

/** Every order: the stored document (parsed) against the live assembly (through JSON, as sent). */
async function compareAll(db: pg.Pool): Promise<Compared> {
  const ids = (await db.query<{ id: string }>('SELECT id FROM sales_order ORDER BY magento_id')).rows.map((r) => r.id);
  const docs = new Map<string, string>();
  for (const r of (await db.query<{ order_id: string; body: string }>('SELECT order_id, order_document_body(d) AS body FROM order_document d')).rows) docs.set(r.order_id, r.body);
  const mismatches: string[] = [];
  const parts: Record<string, number> = Object.fromEntries([...PARTS, 'payment', 'children'].map((p) => [p, 0]));
  for (const id of ids) {
    const live = await orderView(db, id);
    const doc = docs.get(id);
    if (doc === undefined || live === null) {
      mismatches.push(`${id}: ${doc === undefined ? 'no document' : 'no order'}`);
      continue;
    }
    const expected = JSON.parse(JSON.stringify(live));
    const stored = JSON.parse(doc);
    try {
      expect(stored).toEqual(expected);
      // Key order too, at the top and in the parts a client reads most.
      expect(Object.keys(stored)).toEqual(Object.keys(expected));
      expect(Object.keys(stored.totals)).toEqual(Object.keys(expected.totals));
      if (expected.items[0]) expect(Object.keys(stored.items[0])).toEqual(Object.keys(expected.items[0]));
    } catch {
      mismatches.push(`${expected.increment_id} (${id})`);
    }
    for (const p of PARTS) if (expected[p].length > 0) parts[p]++;
    if (expected.payment) parts.payment++;
    if (expected.items.some((i: { children: unknown[] }) => i.children.length > 0)) parts.children++;
  }
  return { orders: ids.length, documents: docs.size, mismatches, parts };
}

describe.each(['tiny', 'small'] as const)('the order read model of a generated %s store', (profile) => {
  let dbs: TestDatabases;
  let db: pg.Pool;

  beforeAll(async () => {
    dbs = await createTestDatabases(`orderdoc${profile}`);
    await seedSource({ source: dbs.mysqlUrl, profile, force: true });
    db = await migrateToPool(dbs, orderMigration, 7);
  });
  afterAll(async () => {
    await db?.end();
    await dbs?.cleanup();
  });

  it('knows the kind of every column the import builds the heads from (order-document-parts.ts), as the schema has it', async () => {
    const { rows } = await db.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = ANY($1) AND data_type NOT IN ('text', 'uuid')`, [Object.keys(STORED_KINDS)]);
    const kindOf: Record<string, string> = { 'timestamp with time zone': 'timestamptz' };
    const schema = Object.fromEntries(Object.keys(STORED_KINDS).map((t) => [t, {} as Record<string, string>]));
    for (const r of rows) schema[r.table_name][r.column_name] = kindOf[r.data_type] ?? r.data_type;
    expect(STORED_KINDS).toEqual(schema);
  });

  it('holds one document per order, equal to the live assembly', async () => {
    const c = await compareAll(db);
    expect(c.orders).toBeGreaterThan(20);
    expect(c.documents).toBe(c.orders);
    expect(c.mismatches).toEqual([]);
    for (const p of ['items', 'addresses', 'payment', 'status_history', 'invoices', 'shipments']) expect(c.parts[p], p).toBeGreaterThan(0);
  });

  it('stays exact when a batch of a later entity runs again (a delta over loaded rows) and after statuses change', async () => {
    const [{ id, increment_id: inc }] = (await db.query<{ id: string; increment_id: string }>('SELECT o.id, o.increment_id FROM sales_order o WHERE EXISTS (SELECT 1 FROM invoice i WHERE i.order_id = o.id) ORDER BY o.magento_id LIMIT 1')).rows;
    const client = await db.connect();
    try {
      // What an invoices batch of a rerun does: rewrite its rows and refresh its orders, in one transaction.
      await client.query('BEGIN');
      await client.query("UPDATE invoice SET grand_total = grand_total + 1, increment_id = increment_id || '-x' WHERE order_id = $1", [id]);
      await client.query("SELECT refresh_order_documents($1::uuid[], ARRAY['invoices'])", [[id]]);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    await db.query("UPDATE order_status SET label = label || ' (renamed)'");
    await db.query("SELECT refresh_order_documents(ARRAY(SELECT order_id FROM order_document), ARRAY['order'])");
    const c = await compareAll(db);
    expect(c.mismatches).toEqual([]);
    const doc = JSON.parse((await db.query<{ body: string }>('SELECT order_document_body(d) AS body FROM order_document d WHERE order_id = $1', [id])).rows[0].body);
    expect(doc.increment_id).toBe(inc);
    expect(doc.invoices.every((i: { increment_id: string }) => i.increment_id.endsWith('-x'))).toBe(true);
  });

  it("joins the invoices', shipments' and credit memos' texts the import stored, and builds the ones a change made stale; a rerun's orders batch gets its later parts back", async () => {
    const texts = async (table: string) =>
      (await db.query<{ stored: number; missing: number }>(`SELECT count(document)::int AS stored, count(*) FILTER (WHERE document IS NULL)::int AS missing FROM ${table}`)).rows[0];
    // Built by the import (a run: the delta test above made one invoice's text stale, the only one).
    expect(await texts('shipment')).toMatchObject({ missing: 0 });
    expect((await texts('shipment')).stored).toBeGreaterThan(0);
    expect((await texts('invoice')).missing).toBeLessThanOrEqual(1);
    // An item changed by another writer: its invoice's text is dropped and the refresh builds it from the rows.
    const [{ invoice_id: inv, order_id: order }] = (await db.query<{ invoice_id: string; order_id: string }>(
      'SELECT i.invoice_id, d.order_id FROM invoice_item i JOIN invoice d ON d.id = i.invoice_id WHERE d.document IS NOT NULL ORDER BY d.magento_id LIMIT 1')).rows;
    await db.query("UPDATE invoice_item SET name = 'renamed by hand' WHERE invoice_id = $1", [inv]);
    expect((await db.query('SELECT 1 FROM invoice WHERE id = $1 AND document IS NULL', [inv])).rowCount).toBe(1);
    await db.query("SELECT refresh_order_documents($1::uuid[], ARRAY['invoices'])", [[order]]);
    const body = JSON.parse((await db.query<{ body: string }>('SELECT order_document_body(d) AS body FROM order_document d WHERE order_id = $1', [order])).rows[0].body);
    expect(body.invoices.find((i: { id: string }) => i.id === inv).items.every((i: { name: string }) => i.name === 'renamed by hand')).toBe(true);
    // Every text gone (a database migrated before 006): the same documents, built from the rows.
    for (const t of ['invoice', 'shipment', 'creditmemo']) await db.query(`UPDATE ${t} SET document = NULL`);
    await db.query("SELECT refresh_order_documents(ARRAY(SELECT order_id FROM order_document), ARRAY['invoices', 'shipments', 'credit_memos'])");
    expect((await compareAll(db)).mismatches).toEqual([]);
    // What an orders batch of a rerun writes (empty later parts, a payment without transactions): Postgres fills
    // in the parts of the orders that have later rows.
    const later = `EXISTS (SELECT 1 FROM invoice i WHERE i.order_id = d.order_id) OR EXISTS (SELECT 1 FROM shipment s WHERE s.order_id = d.order_id)
      OR EXISTS (SELECT 1 FROM creditmemo m WHERE m.order_id = d.order_id) OR EXISTS (SELECT 1 FROM payment_transaction t WHERE t.order_id = d.order_id)
      OR EXISTS (SELECT 1 FROM downloadable_link_purchased_item l WHERE l.order_id = d.order_id)`;
    const stale = await db.query(`UPDATE order_document d SET invoices = '[]', shipments = '[]', credit_memos = '[]', links = '[]', payment = 'null' WHERE ${later}`);
    expect(stale.rowCount).toBeGreaterThan(0);
    const [alone] = (await db.query<{ order_id: string; links: string }>(`SELECT order_id, links FROM order_document d WHERE NOT (${later}) ORDER BY magento_id LIMIT 1`)).rows;
    await db.query(`UPDATE order_document SET links = '["left alone"]' WHERE order_id = $1`, [alone.order_id]);
    await db.query('SELECT refresh_order_documents_with_later_rows(ARRAY(SELECT id FROM sales_order))');
    expect((await db.query('SELECT links FROM order_document WHERE order_id = $1', [alone.order_id])).rows[0].links).toBe('["left alone"]');
    await db.query('UPDATE order_document SET links = $2 WHERE order_id = $1', [alone.order_id, alone.links]);
    expect((await compareAll(db)).mismatches).toEqual([]);
    // An order gone from sales_order (inside a transaction, rolled back): a refresh that names it drops its document.
    const client = await db.connect();
    try {
      await client.query('BEGIN');
      await client.query('DELETE FROM sales_order WHERE id = $1', [order]);
      await client.query("SELECT refresh_order_documents($1::uuid[], ARRAY['invoices'])", [[order]]);
      expect((await client.query('SELECT 1 FROM order_document WHERE order_id = $1', [order])).rowCount).toBe(0);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
  });
});

describe.skipIf(!lumaAvailable)('the order read model of the Luma store', () => {
  let dbs: TestDatabases;
  let db: pg.Pool;

  beforeAll(async () => {
    dbs = await createTestDatabases('orderdocluma');
    await loadLumaDump(dbs.mysqlDatabase);
    db = await migrateToPool(dbs, orderMigration, 50);
  });
  afterAll(async () => {
    await db?.end();
    await dbs?.cleanup();
  });

  it('holds a document for each of its orders, equal to the live assembly', async () => {
    const c = await compareAll(db);
    expect(c.orders).toBeGreaterThan(0);
    expect(c.documents).toBe(c.orders);
    expect(c.mismatches).toEqual([]);
  });

  it('the route sends the stored document, to its customer and to staff only', async () => {
    const [o] = (await db.query<{ increment_id: string; store_code: string; customer_id: string | null; body: string }>(
      'SELECT increment_id, store_code, customer_id, order_document_body(d) AS body FROM order_document d WHERE customer_id IS NOT NULL ORDER BY magento_id LIMIT 1',
    )).rows;
    const server = await orderServer(dbs.pgUrl, dbs.pgPrefix);
    try {
      const url = `/orders/${encodeURIComponent(o.increment_id)}?store=${o.store_code}`;
      const staff = await server.app.inject({ url, headers: await staffHeaders(['sales']) });
      expect(staff.statusCode).toBe(200);
      expect(staff.body).toBe(o.body);
      const own = await server.app.inject({ url, headers: await customerHeaders(o.customer_id!) });
      expect(own.statusCode).toBe(200);
      expect(own.json()).toEqual(JSON.parse(o.body));
      const other = await server.app.inject({ url, headers: await customerHeaders('00000000-0000-4000-8000-000000000001') });
      expect(other.statusCode).toBe(403);
      const catalogStaff = await server.app.inject({ url, headers: await staffHeaders(['customers']) });
      expect(catalogStaff.statusCode).toBe(403);
    } finally {
      await server.close();
    }
  });
});
