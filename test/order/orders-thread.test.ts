/**
 * The orders' batches read, mapped and encoded on the batch thread (pipeline/batch-thread.ts) are the batches
 * the same declaration yields on the main thread: their COPY text to the byte, and the read-model statements
 * that follow them (Batch.after, afterRefused). An order row Postgres refuses from an encoded batch is rejected
 * with Postgres' message, and the rest of its batch commits with its documents.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Batch } from '../../core/batch.ts';
import { seedSource } from '../../generator/index.ts';
import { TsvEncoder } from '../../loaders/tsv.ts';
import { orderMigration } from '../../pipeline/order/index.ts';
import { orders } from '../../pipeline/order/orders.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { openRunSource, type RunSource } from '../../pipeline/source-context.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

async function batchesOf(src: RunSource | Omit<RunSource, 'reopen'>): Promise<Batch[]> {
  const out: Batch[] = [];
  for await (const b of orders.batches(src as RunSource, null)) out.push(b);
  return out;
}

const copyText = (b: Batch, table: string): string => {
  const t = b.tables[table];
  return t.encoded ? Buffer.concat(t.encoded.chunks).toString('utf8') : new TsvEncoder().encode(table, t.columns, t.rows);
};

describe('orders on the batch thread', () => {
  let dbs: TestDatabases;
  let src: RunSource;

  beforeAll(async () => {
    dbs = await createTestDatabases('orderthread');
    await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', seed: 8 });
    src = await openRunSource(dbs.mysqlUrl, { batchSize: 4, nullPolicy: 'inherit', dryRun: true });
  });
  afterAll(async () => {
    await src?.close();
    await dbs?.cleanup();
  });

  it('yields the batches the main thread maps: the same COPY text, the same statements after them', async () => {
    const threaded = await batchesOf(src);
    const inline = await batchesOf({ ...src, reopen: undefined });
    expect(threaded.length).toBeGreaterThan(3);
    expect(threaded.length).toBe(inline.length);
    expect(threaded.every((b) => b.tables.sales_order?.encoded && b.tables.order_document?.encoded), 'orders and documents came encoded').toBe(true);
    expect(inline.some((b) => Object.values(b.tables).some((t) => t.encoded)), 'in line, rows stay rows').toBe(false);
    threaded.forEach((b, i) => {
      const { tables: tt, decoded: _d, ...meta } = b;
      const { tables: it, ...inlineMeta } = inline[i];
      expect(meta).toEqual(inlineMeta);
      expect(meta.after?.length, `batch ${i} refreshes its documents`).toBeGreaterThan(0);
      expect(Object.keys(tt)).toEqual(Object.keys(it));
      for (const table of Object.keys(it)) expect(copyText(b, table), `batch ${i}, ${table}`).toBe(copyText(inline[i], table));
    });
  });

  it('an order row Postgres refuses is rejected with its message; its batch commits the rest with their documents', async () => {
    const run = (restart: boolean) => runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [orderMigration], batchSize: 4, nullPolicy: 'inherit', restart });
    const first = await run(false);
    const db = new pg.Client({ connectionString: `${dbs.pgUrl}/${dbs.pgPrefix}_order` });
    await db.connect();
    try {
      const { rows: [victim] } = await db.query<{ increment_id: string; magento_id: string }>('SELECT increment_id, magento_id FROM sales_order ORDER BY magento_id OFFSET 5 LIMIT 1');
      const documents = Number((await db.query('SELECT count(*) AS n FROM order_document')).rows[0].n);
      await db.query(`ALTER TABLE sales_order ADD CONSTRAINT test_refused CHECK (magento_id <> ${Number(victim.magento_id)}) NOT VALID`);
      const again = await run(true);
      const ordersReport = again.services[0].entities.find((e) => e.entity === 'orders')!;
      const before = first.services[0].entities.find((e) => e.entity === 'orders')!;
      expect(ordersReport).toMatchObject({ status: 'loaded', countsAddUp: true, loaded: before.loaded - 1 });
      expect(ordersReport.rejectsByReason.PG_REFUSED).toBe(1);
      expect(ordersReport.rejectExamples.PG_REFUSED[0]).toMatchObject({ detail: expect.stringMatching(/^sales_order: 23514 .*test_refused/) });
      expect(ordersReport.rejectExamples.PG_REFUSED[0].sourceKey).toContain(String(victim.magento_id));
      expect((await db.query('SELECT 1 FROM sales_order WHERE magento_id = $1', [victim.magento_id])).rowCount).toBe(0);
      // The other orders of its page have their documents (built again from the stored rows); the refused one has none.
      expect(Number((await db.query('SELECT count(*) AS n FROM order_document')).rows[0].n)).toBe(documents - 1);
      expect((await db.query('SELECT 1 FROM order_document WHERE magento_id = $1', [victim.magento_id])).rowCount).toBe(0);
    } finally {
      await db.end();
    }
  });
});
