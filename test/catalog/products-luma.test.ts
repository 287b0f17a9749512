/**
 * Products of the real Magento 2.4.2 Luma dump (loaded into this file's own MariaDB database): every product
 * arrives or is accounted for, configurables carry their children, store view `default` (store_id 1) shows
 * its own store-level values. Then the whole catalog service through the orchestrator into Postgres.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSource, type MysqlConnection } from '../../core/mysql.ts';
import { entityUuid } from '../../core/ids.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { openRunSource, type RunSource } from '../../pipeline/source-context.ts';
import { catalogMigration } from '../../pipeline/catalog/index.ts';
import { catalogProductRelations as productRelationsMigration } from '../../pipeline/catalog/product-relations.ts';
import { catalogProducts as productsMigration } from '../../pipeline/catalog/products.ts';
import { catalogAttributes, collect, countBy, sourceView, viewsFromRows, viewsFromTarget, type Collected } from './products-support.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';

const VIEWS = [{ storeId: 1, websiteId: 1 }];

describe.skipIf(!lumaAvailable)('products of the Luma 2.4.2 dump', () => {
  let dbs: TestDatabases;
  let src: RunSource;
  let conn: MysqlConnection;
  let products: Collected;
  let relations: Collected;

  beforeAll(async () => {
    dbs = await createTestDatabases('prodluma');
    await loadLumaDump(dbs.mysqlDatabase);
    src = await openRunSource(dbs.mysqlUrl, { batchSize: 500, nullPolicy: 'explicit', dryRun: true });
    conn = (await openSource(dbs.mysqlUrl)).conn;
    products = await collect(productsMigration, src);
    relations = await collect(productRelationsMigration, src);
  });
  afterAll(async () => {
    await conn?.end();
    await src?.close();
    await dbs?.cleanup();
  });

  it('loads every one of the 2,046 products, of every type, in keyset batches', async () => {
    expect(await productsMigration.countSource(src)).toBe(2046);
    expect(products.batches.length).toBe(5);
    expect(products.source).toBe(2046);
    expect(products.loaded + products.rejects.filter((r) => /^entity_id=\d+$/.test(r.sourceKey)).length).toBe(2046);
    expect(products.loaded).toBe(2046);
    expect(countBy(products.rows.product, (p) => String(p.type))).toEqual({ simple: 1891, configurable: 147, downloadable: 6, grouped: 1, bundle: 1 });
    expect(new Set(products.rows.product.map((p) => p.sku)).size).toBe(2046);
    expect(products.rows.product_category.length).toBe(5177);
    expect(products.rows.product_website.length).toBe(2046);
    expect(products.batches.flatMap((b) => b.ids ?? []).length).toBe(2046);
  });

  it('keeps typed values and leaves prices to the pricing service', () => {
    const bag = products.rows.product.find((p) => p.sku === '24-MB01')!;
    expect(bag.id).toBe(entityUuid('product', 1));
    const attrs = bag.attributes as Record<string, unknown>;
    expect(attrs).toMatchObject({ name: 'Joust Duffle Bag', status: 1, visibility: 4, url_key: 'joust-duffle-bag' });
    expect(attrs.price).toBeUndefined();
    const jacket = products.rows.product.find((p) => p.type === 'configurable' && (p.attributes as Record<string, unknown>).material) as Record<string, unknown>;
    expect(Array.isArray((jacket.attributes as Record<string, unknown>).material)).toBe(true);
    expect(products.stats['products.deferred_values']).toBeGreaterThanOrEqual(2046);
  });

  it('gives configurables their children and super attributes', () => {
    expect(relations.source).toBe(1485 + 1847 + 8);
    expect(relations.loaded).toBe(relations.source);
    expect(relations.rows.product_configurable_child.length).toBe(1847);
    expect(products.rows.product_super_attribute.length).toBe(294);
    const configurables = new Set(products.rows.product.filter((p) => p.type === 'configurable').map((p) => p.id));
    const parents = new Set(relations.rows.product_configurable_child.map((r) => r.parent_id));
    expect([...configurables].every((id) => parents.has(id))).toBe(true);
    expect(relations.rows.product_grouped_item.length + relations.rows.product_link.length).toBe(1485);
  });

  it('shows store view default its own store-level values (status, visibility, tax class, options container, msrp display)', async () => {
    const views = viewsFromRows(products.rows, VIEWS);
    let checked = 0;
    for (const table of ['int', 'varchar']) {
      const [rows] = await conn.query(
        `SELECT v.entity_id, a.attribute_code, v.value FROM catalog_product_entity_${table} v JOIN eav_attribute a USING (attribute_id) WHERE v.store_id = 1`,
      );
      for (const r of rows as Array<{ entity_id: number; attribute_code: string; value: unknown }>) {
        const shown = views.get(r.entity_id)!.get(1)!;
        expect(shown[r.attribute_code], `${r.entity_id} ${r.attribute_code}`).toEqual(table === 'int' ? Number(r.value) : String(r.value));
        checked++;
      }
    }
    expect(checked).toBe(60);
    // msrp_display_actual_price_type differs from the default on store 1 for 12 products: website-scope layer.
    expect(products.rows.product_website_attributes.length).toBe(12);
    expect(products.rows.product_website_attributes.every((r) => (r.attributes as Record<string, unknown>).msrp_display_actual_price_type === '1')).toBe(true);
  });

  it('matches an independent reading of the source (every 5th product, and all with store-level rows)', async () => {
    const views = viewsFromRows(products.rows, VIEWS);
    const attrs = await catalogAttributes(conn);
    const [withStoreRows] = await conn.query('SELECT entity_id FROM catalog_product_entity_int WHERE store_id = 1 UNION SELECT entity_id FROM catalog_product_entity_varchar WHERE store_id = 1');
    const chosen = new Set((withStoreRows as Array<{ entity_id: number }>).map((r) => r.entity_id));
    for (const id of views.keys()) if (id % 5 === 0) chosen.add(id);
    expect(chosen.size).toBeGreaterThan(400);
    for (const entityId of chosen) {
      const perStore = views.get(entityId)!;
      const expected = await sourceView(conn, attrs, { column: 'entity_id', value: entityId }, VIEWS[0], [1], 'explicit');
      expect(perStore.get(1), `entity_id=${entityId}`).toEqual(expected);
    }
  });

  it('migrates the whole catalog into Postgres through the orchestrator, counts adding up', async () => {
    const report = await runMigration({
      source: dbs.mysqlUrl,
      target: dbs.pgUrl,
      dbPrefix: dbs.pgPrefix,
      contexts: [catalogMigration],
      batchSize: 1000,
      nullPolicy: 'explicit',
    });
    expect(report.status, JSON.stringify(report.services[0].entities.map((e) => [e.entity, e.status]))).toBe('completed');
    const byName = Object.fromEntries(report.services[0].entities.map((e) => [e.entity, e]));
    expect(byName.products).toMatchObject({ sourceCount: 2046, loaded: 2046, rejected: 0, countsAddUp: true });
    expect(byName.product_relations).toMatchObject({ sourceCount: 3340, loaded: 3340, countsAddUp: true });
    const db = new pg.Client({ connectionString: `${dbs.pgUrl}/${dbs.pgPrefix}_catalog` });
    await db.connect();
    try {
      const counts = await db.query(
        `SELECT (SELECT count(*) FROM product)::int AS products, (SELECT count(*) FROM product_configurable_child)::int AS children,
                (SELECT count(*) FROM product_media)::int AS media, (SELECT count(*) FROM product_category)::int AS categories`,
      );
      expect(counts.rows[0]).toMatchObject({ products: 2046, children: 1847, categories: 5177 });
      const fromTarget = await viewsFromTarget(db, VIEWS);
      const fromBatches = viewsFromRows(products.rows, VIEWS);
      expect(fromTarget.size).toBe(2046);
      for (const [id, perStore] of fromBatches) expect(fromTarget.get(id)!.get(1)).toEqual(perStore.get(1));
    } finally {
      await db.end();
    }
  });
});
