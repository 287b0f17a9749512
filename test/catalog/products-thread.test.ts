/**
 * The products' batches read, mapped and encoded on the batch thread (pipeline/batch-thread.ts) are the batches
 * the same declaration yields on the main thread, to the byte of their COPY text; a row Postgres refuses from an
 * encoded batch is found (the page read and mapped again on the main thread), rejected with Postgres' message,
 * and the rest of its batch commits with its documents.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Batch } from '../../core/batch.ts';
import { seedSource } from '../../generator/index.ts';
import { TsvEncoder } from '../../loaders/tsv.ts';
import { catalogMigration } from '../../pipeline/catalog/index.ts';
import { catalogProducts } from '../../pipeline/catalog/products.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { openRunSource, type RunSource } from '../../pipeline/source-context.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

async function batchesOf(src: RunSource | Omit<RunSource, 'reopen'>): Promise<Batch[]> {
  const out: Batch[] = [];
  for await (const b of catalogProducts.batches(src as RunSource, null)) out.push(b);
  return out;
}

const copyText = (b: Batch, table: string): string => {
  const t = b.tables[table];
  return t.encoded ? Buffer.concat(t.encoded.chunks).toString('utf8') : new TsvEncoder().encode(table, t.columns, t.rows);
};

describe.each(['opensource', 'commerce'] as const)('products on the batch thread (%s)', (edition) => {
  let dbs: TestDatabases;
  let src: RunSource;

  beforeAll(async () => {
    dbs = await createTestDatabases(`prodthread${edition}`);
    await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', edition, seed: 5 });
    src = await openRunSource(dbs.mysqlUrl, { batchSize: 13, nullPolicy: 'inherit', dryRun: true });
  });
  afterAll(async () => {
    await src?.close();
    await dbs?.cleanup();
  });

  it('yields the batches the main thread maps, its tables as the same COPY text', async () => {
    const threaded = await batchesOf(src);
    const inline = await batchesOf({ ...src, reopen: undefined });
    expect(threaded.length).toBeGreaterThan(3);
    expect(threaded.length).toBe(inline.length);
    expect(threaded.every((b) => Object.values(b.tables).some((t) => t.encoded)), 'every batch came encoded').toBe(true);
    expect(inline.some((b) => Object.values(b.tables).some((t) => t.encoded)), 'in line, rows stay rows').toBe(false);
    threaded.forEach((b, i) => {
      const { tables: tt, decoded: _d, ...meta } = b;
      const { tables: it, ...inlineMeta } = inline[i];
      expect(meta).toEqual(inlineMeta);
      expect(Object.keys(tt)).toEqual(Object.keys(it));
      for (const table of Object.keys(it)) expect(copyText(b, table), `batch ${i}, ${table}`).toBe(copyText(inline[i], table));
    });
  });

  it('a product row Postgres refuses is found in the batch read again, rejected with its message; the rest commits', async () => {
    const run = (restart: boolean) => runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [catalogMigration], batchSize: 13, nullPolicy: 'inherit', restart });
    const first = await run(false);
    const db = new pg.Client({ connectionString: `${dbs.pgUrl}/${dbs.pgPrefix}_catalog` });
    await db.connect();
    try {
      const { rows: [victim] } = await db.query<{ sku: string; magento_id: number }>('SELECT sku, magento_id FROM product WHERE type = $1 ORDER BY magento_id OFFSET 20 LIMIT 1', ['simple']);
      const documents = Number((await db.query('SELECT count(*) AS n FROM product_document')).rows[0].n);
      const perStore = Number((await db.query('SELECT count(*) AS n FROM product_document WHERE magento_id = $1', [victim.magento_id])).rows[0].n);
      await db.query(`ALTER TABLE product ADD CONSTRAINT test_refused CHECK (sku <> '${victim.sku.replace(/'/g, "''")}') NOT VALID`);
      const again = await run(true);
      const products = again.services[0].entities.find((e) => e.entity === 'products')!;
      const before = first.services[0].entities.find((e) => e.entity === 'products')!;
      expect(products).toMatchObject({ status: 'loaded', countsAddUp: true, loaded: before.loaded - 1 });
      expect(products.rejectsByReason.PG_REFUSED).toBe(1);
      expect(products.rejectExamples.PG_REFUSED[0]).toMatchObject({ sourceKey: `product.magento_id=${victim.magento_id}`, detail: expect.stringMatching(/^product: 23514 .*test_refused/) });
      expect((await db.query('SELECT 1 FROM product WHERE sku = $1', [victim.sku])).rowCount).toBe(0);
      // Its page's other documents were built again from the stored rows; only the refused product's are missing.
      expect(Number((await db.query('SELECT count(*) AS n FROM product_document')).rows[0].n)).toBe(documents - perStore);
    } finally {
      await db.end();
    }
  });
});
