/**
 * Products of generated tiny stores, Open Source and Adobe Commerce: every product in every store view shows
 * what an independent reading of the source (one SQL per product/attribute/store) says, under both null
 * policies; rejects and anomaly counters equal the generator's counted dirt; the orchestrator loads it all
 * into Postgres and the service's SQL reads the same values back.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import { openSource, type MysqlConnection } from '../../core/mysql.ts';
import { expectedDirt, PROFILES, seedSource } from '../../generator/index.ts';
import { dirtTargets } from '../../generator/dirt.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { openRunSource, type RunSource } from '../../pipeline/source-context.ts';
import type { NullPolicy } from '../../pipeline/types.ts';
import { catalogMigration } from '../../pipeline/catalog/index.ts';
import { catalogProductRelations as productRelationsMigration } from '../../pipeline/catalog/product-relations.ts';
import { catalogProducts as productsMigration } from '../../pipeline/catalog/products.ts';
import { catalogAttributes, collect, countBy, sourceView, viewsFromRows, viewsFromTarget, type Collected, type StoreView } from './products-support.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

const EDITIONS = ['opensource', 'commerce'] as const;

describe.each(EDITIONS)('products of a generated tiny store (%s)', (edition) => {
  const staged = edition === 'commerce';
  const dirt = expectedDirt('tiny', edition);
  let dbs: TestDatabases;
  let conn: MysqlConnection;
  const srcs: Partial<Record<NullPolicy, RunSource>> = {};
  const runs: Partial<Record<NullPolicy, { products: Collected; relations: Collected }>> = {};
  let views: StoreView[];
  let websiteStores: Map<number, number[]>;
  /** entity_id -> the key its values hang on (row_id of the current version in Commerce). */
  let keys: Map<number, number>;

  beforeAll(async () => {
    dbs = await createTestDatabases(`prodgen${edition}`);
    await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', edition, seed: 11 });
    conn = (await openSource(dbs.mysqlUrl, { readOnly: false })).conn;
    await addCustomOptions();
    for (const policy of ['inherit', 'explicit'] as const) {
      const src = (srcs[policy] = await openRunSource(dbs.mysqlUrl, { batchSize: 7, nullPolicy: policy, dryRun: true }));
      runs[policy] = { products: await collect(productsMigration, src), relations: await collect(productRelationsMigration, src) };
    }
    const [storeRows] = await conn.query('SELECT store_id, website_id FROM store WHERE store_id > 0 ORDER BY store_id');
    views = (storeRows as Array<{ store_id: number; website_id: number }>).map((r) => ({ storeId: r.store_id, websiteId: r.website_id }));
    websiteStores = new Map();
    for (const v of views) websiteStores.set(v.websiteId, [...(websiteStores.get(v.websiteId) ?? []), v.storeId]);
    const version = srcs.explicit!.options.stagingVersion;
    const [keyRows] = staged
      ? await conn.query('SELECT entity_id, row_id AS k FROM catalog_product_entity WHERE created_in <= ? AND updated_in > ?', [version, version])
      : await conn.query('SELECT entity_id, entity_id AS k FROM catalog_product_entity');
    keys = new Map((keyRows as Array<{ entity_id: number; k: number }>).map((r) => [r.entity_id, r.k]));
  });
  /** The generator makes no custom options: two on the first simple product (one more on an old version in Commerce). */
  let optionOwner: number;
  async function addCustomOptions(): Promise<void> {
    const now = Math.floor(Date.now() / 1000);
    const [owner] = await conn.query(
      staged
        ? "SELECT entity_id, row_id AS k FROM catalog_product_entity WHERE type_id = 'simple' AND sku IS NOT NULL AND created_in <= ? AND updated_in > ? ORDER BY entity_id LIMIT 1"
        : "SELECT entity_id, entity_id AS k FROM catalog_product_entity WHERE type_id = 'simple' AND sku IS NOT NULL ORDER BY entity_id LIMIT 1",
      [now, now],
    );
    const { entity_id: entityId, k } = (owner as Array<{ entity_id: number; k: number }>)[0];
    optionOwner = entityId;
    const statements: Array<[string, unknown[]]> = [
      ['SET FOREIGN_KEY_CHECKS = 0', []],
      ["INSERT INTO catalog_product_option (option_id, product_id, type, is_require, sku, sort_order) VALUES (9001, ?, 'drop_down', 1, NULL, 1), (9002, ?, 'field', 0, 'engr', 2)", [k, k]],
      ["INSERT INTO catalog_product_option_title (option_id, store_id, title) VALUES (9001, 0, 'Size'), (9001, 2, 'Taille'), (9002, 0, 'Engraving'), (9002, 99, 'On a deleted store')", []],
      ["INSERT INTO catalog_product_option_price (option_id, store_id, price, price_type) VALUES (9002, 0, 5, 'fixed')", []],
      ["INSERT INTO catalog_product_option_type_value (option_type_id, option_id, sku, sort_order) VALUES (9101, 9001, 's', 1), (9102, 9001, 'm', 2)", []],
      ["INSERT INTO catalog_product_option_type_title (option_type_id, store_id, title) VALUES (9101, 0, 'Small'), (9101, 2, 'Petit'), (9102, 0, 'Medium')", []],
    ];
    if (staged) {
      const [old] = await conn.query('SELECT row_id FROM catalog_product_entity WHERE NOT (created_in <= ? AND updated_in > ?) ORDER BY row_id LIMIT 1', [now, now]);
      const oldRow = (old as Array<{ row_id: number }>)[0]?.row_id;
      expect(oldRow, 'the generator makes several versions of some products').toBeDefined();
      statements.push(["INSERT INTO catalog_product_option (option_id, product_id, type, is_require, sort_order) VALUES (9003, ?, 'field', 0, 1)", [oldRow]]);
    }
    for (const [sql, params] of statements) await conn.query(sql, params);
  }

  afterAll(async () => {
    await conn?.end();
    for (const s of Object.values(srcs)) await s?.close();
    await dbs?.cleanup();
  });

  it('accounts for every product: loaded, or rejected as the generator counted', async () => {
    const { products } = runs.explicit!;
    const total = await productsMigration.countSource(srcs.explicit!);
    expect(total).toBe(keys.size);
    expect(products.source).toBe(total);
    const entityRejects = products.rejects.filter((r) => !r.sourceKey.includes('attribute=') && !r.sourceKey.startsWith('product_id='));
    expect(products.loaded + entityRejects.length).toBe(total);
    expect(countBy(entityRejects, (r) => r.reason)).toEqual({ NO_SKU: dirt.productsWithoutSku, DUPLICATE_SKU: dirt.duplicateSkuProducts });
    const valueRejects = products.rejects.filter((r) => r.sourceKey.includes('attribute='));
    expect(countBy(valueRejects, (r) => r.reason)).toEqual({ NUL_BYTE: dirt.nulBytes, ZERO_DATE: dirtTargets(PROFILES.tiny).zeroDateProducts.length + dirtTargets(PROFILES.tiny).zeroSpecialDateProducts.length });
    expect(products.stats).toMatchObject({
      'eav.orphan_attribute_rows': dirt.orphanAttributeValues,
      'eav.orphan_store_rows': dirt.orphanStoreValues,
      'scope.global_store_rows_ignored': dirt.globalStoreValues,
      'eav.wrong_table_rows': 0,
    });
    if (staged) expect(valueRejects.every((r) => /^entity_id=\d+,row_id=\d+,attribute=/.test(r.sourceKey))).toBe(true);
    const types = countBy(products.rows.product, (p) => String(p.type));
    expect(Object.keys(types).sort()).toEqual(['bundle', 'configurable', 'downloadable', 'grouped', 'simple', 'virtual']);
  });

  it('shows every product in every store view as an independent reading of the source does, under both null policies', async () => {
    const attrs = await catalogAttributes(conn);
    let compared = 0;
    for (const policy of ['inherit', 'explicit'] as const) {
      const shown = viewsFromRows(runs[policy]!.products.rows, views);
      for (const [entityId, perStore] of shown) {
        for (const v of views) {
          const expected = await sourceView(conn, attrs, { column: staged ? 'row_id' : 'entity_id', value: keys.get(entityId)! }, v, websiteStores.get(v.websiteId)!, policy);
          expect(perStore.get(v.storeId), `${policy} entity_id=${entityId} store=${v.storeId}`).toEqual(expected);
          compared++;
        }
      }
    }
    expect(compared).toBe(2 * runs.explicit!.products.loaded * views.length);
  });

  it('counts exactly the values on which the two null policies differ', () => {
    const a = viewsFromRows(runs.inherit!.products.rows, views);
    const b = viewsFromRows(runs.explicit!.products.rows, views);
    let differ = 0;
    for (const [id, perStore] of a) {
      for (const v of views) {
        const x = perStore.get(v.storeId)!;
        const y = b.get(id)!.get(v.storeId)!;
        for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) if (JSON.stringify(x[k]) !== JSON.stringify(y[k])) differ++;
      }
    }
    expect(differ).toBeGreaterThan(0);
    expect(runs.inherit!.products.stats['scope.null_policy_differs']).toBe(differ);
    expect(runs.explicit!.products.stats['scope.null_policy_differs']).toBe(differ);
  });

  it('links composites to their children and rejects relations to rejected products', () => {
    const { relations, products } = runs.explicit!;
    expect(relations.loaded + relations.rejects.length).toBe(relations.source);
    expect(relations.rejects.every((r) => r.reason === 'DANGLING_REFERENCE' && /is rejected \((NO_SKU|DUPLICATE_SKU)\)/.test(r.detail ?? ''))).toBe(true);
    const byType = new Map(products.rows.product.map((p) => [p.id, p.type]));
    for (const c of relations.rows.product_configurable_child) expect(byType.get(c.parent_id)).toBe('configurable');
    for (const c of relations.rows.product_grouped_item) expect(byType.get(c.parent_id)).toBe('grouped');
    for (const c of relations.rows.product_bundle_selection) expect(byType.get(c.parent_id)).toBe('bundle');
    const configurables = products.rows.product.filter((p) => p.type === 'configurable');
    expect(configurables.length).toBeGreaterThan(0);
    expect(configurables.every((p) => relations.rows.product_configurable_child.some((c) => c.parent_id === p.id))).toBe(true);
  });

  it('brings custom options with their values and store titles, on the current version only', () => {
    const { products } = runs.explicit!;
    const owner = products.rows.product.find((p) => p.magento_id === optionOwner)!;
    const ours = products.rows.product_option.filter((o) => Number(o.magento_id) > 9000);
    expect(ours.map((o) => [o.magento_id, o.product_id, o.type, o.is_required, o.title])).toEqual([
      [9001, owner.id, 'drop_down', true, 'Size'],
      [9002, owner.id, 'field', false, 'Engraving'],
    ]);
    expect(products.rows.product_option_value.filter((v) => Number(v.magento_id) > 9000).map((v) => [v.magento_id, v.title, v.option_id])).toEqual([
      [9101, 'Small', ours[0].id],
      [9102, 'Medium', ours[0].id],
    ]);
    const ourIds = new Set([...ours.map((o) => o.id), ...products.rows.product_option_value.filter((v) => Number(v.magento_id) > 9000).map((v) => v.id)]);
    const titles = products.rows.product_store_title.filter((t) => ourIds.has(t.ref_id));
    expect(titles.map((t) => [t.kind, t.title, t.store_id])).toEqual([['option', 'Taille', entityUuid('store', 2)], ['option_value', 'Petit', entityUuid('store', 2)]]);
    expect(products.stats['titles.orphan_store_rows']).toBe(1);
    expect(products.stats['products.deferred_price_rows']).toBeGreaterThanOrEqual(1);
  });

  it('loads through the orchestrator into Postgres, where the service SQL shows the same store views', async () => {
    const report = await runMigration({
      source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [catalogMigration], batchSize: 9, nullPolicy: 'explicit',
    });
    const entityReports = report.services[0].entities;
    expect(report.status, JSON.stringify(entityReports.map((e) => [e.entity, e.status]))).toBe('completed');
    const products = entityReports.find((e) => e.entity === 'products')!;
    expect(products).toMatchObject({ sourceCount: keys.size, loaded: runs.explicit!.products.loaded, countsAddUp: true });
    expect(products.rejectsByReason).toMatchObject({ NO_SKU: dirt.productsWithoutSku, DUPLICATE_SKU: dirt.duplicateSkuProducts, NUL_BYTE: dirt.nulBytes });
    expect(entityReports.find((e) => e.entity === 'product_relations')).toMatchObject({ countsAddUp: true });
    const db = new pg.Client({ connectionString: `${dbs.pgUrl}/${dbs.pgPrefix}_catalog` });
    await db.connect();
    try {
      const fromTarget = await viewsFromTarget(db, views);
      const fromBatches = viewsFromRows(runs.explicit!.products.rows, views);
      expect(fromTarget.size).toBe(fromBatches.size);
      for (const [id, perStore] of fromBatches) for (const v of views) expect(fromTarget.get(id)!.get(v.storeId)).toEqual(perStore.get(v.storeId));
    } finally {
      await db.end();
    }
  });
});
