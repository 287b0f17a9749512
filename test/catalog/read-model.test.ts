/**
 * The catalog's read model (product_document, built by Postgres in the batch transactions) against the live
 * assembly it replaces (productView: the product, its options, websites, categories, media, children, links and
 * composite parts read query by query): for every product and every store view of generated tiny stores (Open
 * Source and Adobe Commerce, several websites and store views) and of the Luma store, a document exists exactly
 * where the live assembly finds the product, and says the same thing. The documents the import writes itself
 * (plain products, transforms/catalog/product-documents.ts) are byte for byte those Postgres builds from the rows.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSource } from '../../generator/index.ts';
import { catalogMigration } from '../../pipeline/catalog/index.ts';
import { categoryTree, findStoreByCode, productView } from '../../services/catalog/index.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { migrateToPool } from '../support/migrated.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';

interface Compared {
  pairs: number;
  documents: number;
  stores: number;
  mismatches: string[];
}

/**
 * The stored documents against those refresh_product_documents builds from the stored rows, byte for byte (in a
 * transaction rolled back): rows only in one of the two.
 */
async function rebuiltDifferences(db: pg.Pool): Promise<{ documents: number; differences: number }> {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    await client.query('CREATE TEMP TABLE stored_document ON COMMIT DROP AS SELECT * FROM product_document');
    await client.query('SELECT refresh_product_documents(ARRAY(SELECT id FROM product))');
    const { rows } = await client.query<{ documents: string; differences: string }>(
      `SELECT (SELECT count(*) FROM stored_document) AS documents,
              (SELECT count(*) FROM (SELECT * FROM stored_document EXCEPT SELECT * FROM product_document) a)
            + (SELECT count(*) FROM (SELECT * FROM product_document EXCEPT SELECT * FROM stored_document) b) AS differences`,
    );
    return { documents: Number(rows[0].documents), differences: Number(rows[0].differences) };
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

/** Every product × store view: the stored document (parsed) against the live assembly (through JSON, as sent). */
async function compareAll(db: pg.Pool): Promise<Compared> {
  const stores = (await db.query<{ code: string }>('SELECT code FROM store ORDER BY code')).rows.map((r) => r.code);
  const skus = (await db.query<{ sku: string }>('SELECT sku FROM product ORDER BY sku')).rows.map((r) => r.sku);
  const docs = new Map<string, string>();
  for (const r of (await db.query<{ sku: string; store_code: string; body: string }>('SELECT sku, store_code, body FROM product_document')).rows) docs.set(`${r.store_code}\u0000${r.sku}`, r.body);
  const mismatches: string[] = [];
  let pairs = 0;
  for (const code of stores) {
    const store = await findStoreByCode(db, code);
    for (const sku of skus) {
      const live = await productView(db, sku, store!);
      const doc = docs.get(`${code}\u0000${sku}`);
      if (live === null && doc === undefined) continue;
      pairs++;
      if (live === null || doc === undefined) {
        mismatches.push(`${sku}@${code}: ${live === null ? 'a document for a product the store does not show' : 'no document'}`);
        continue;
      }
      const expected = JSON.parse(JSON.stringify(live));
      const stored = JSON.parse(doc);
      try {
        expect(stored).toEqual(expected);
        // Key order too: the document is sent as stored, so clients see the live assembly's field order.
        expect(Object.keys(stored)).toEqual(Object.keys(expected));
      } catch {
        mismatches.push(`${sku}@${code}`);
      }
    }
  }
  return { pairs, documents: docs.size, stores: stores.length, mismatches };
}

/** Every store view: the stored category tree against the live assembly, byte for byte as sent (key order too). */
async function compareTrees(db: pg.Pool): Promise<{ stores: number; nodes: number; mismatches: string[] }> {
  const docs = new Map((await db.query<{ store_code: string; body: string }>('SELECT store_code, body FROM category_tree_document')).rows.map((r) => [r.store_code, r.body]));
  const stores = (await db.query<{ code: string }>('SELECT code FROM store ORDER BY code')).rows.map((r) => r.code);
  const mismatches: string[] = [];
  let nodes = 0;
  for (const code of stores) {
    const store = (await findStoreByCode(db, code))!;
    const live = JSON.stringify({ store: store.code, categories: await categoryTree(db, store) });
    nodes += (live.match(/"magento_id"/g) ?? []).length;
    const doc = docs.get(code);
    if (doc === undefined || JSON.stringify(JSON.parse(doc)) !== live) mismatches.push(code);
  }
  return { stores: stores.length, nodes, mismatches };
}

describe.each(['opensource', 'commerce'] as const)('the catalog read model of a generated tiny store (%s)', (edition) => {
  let dbs: TestDatabases;
  // A pool, as the service runs it: the live assembly reads its parts concurrently.
  let db: pg.Pool;

  beforeAll(async () => {
    dbs = await createTestDatabases(`readmodel${edition}`);
    await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', edition, seed: 5 });
    db = await migrateToPool(dbs, catalogMigration, 13);
  });
  afterAll(async () => {
    await db?.end();
    await dbs?.cleanup();
  });

  it('holds one document per product and store view that shows it, equal to the live assembly', async () => {
    const c = await compareAll(db);
    expect(c.stores).toBeGreaterThan(2);
    expect(c.pairs).toBeGreaterThan(100);
    expect(c.documents).toBe(c.pairs);
    expect(c.mismatches).toEqual([]);
    expect(await rebuiltDifferences(db)).toEqual({ documents: c.documents, differences: 0 });
  });

  it('holds each store view\'s category tree, equal to the live assembly', async () => {
    const t = await compareTrees(db);
    expect(t.stores).toBeGreaterThan(2);
    expect(t.nodes).toBeGreaterThan(t.stores * 3);
    expect(t.mismatches).toEqual([]);
  });
});

describe.skipIf(!lumaAvailable)('the catalog read model of the Luma store', () => {
  let dbs: TestDatabases;
  let db: pg.Pool;

  beforeAll(async () => {
    dbs = await createTestDatabases('readmodelluma');
    await loadLumaDump(dbs.mysqlDatabase);
    db = await migrateToPool(dbs, catalogMigration, 200);
  });
  afterAll(async () => {
    await db?.end();
    await dbs?.cleanup();
  });

  it('holds a document for each of its 2,046 products in its store view, equal to the live assembly', async () => {
    const c = await compareAll(db);
    expect(c.pairs).toBe(2046);
    expect(c.documents).toBe(2046);
    expect(c.mismatches).toEqual([]);
    expect(await rebuiltDifferences(db)).toEqual({ documents: 2046, differences: 0 });
    const t = await compareTrees(db);
    expect(t.nodes).toBeGreaterThan(30);
    expect(t.mismatches).toEqual([]);
  });
});
