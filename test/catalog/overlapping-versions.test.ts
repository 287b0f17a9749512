/**
 * Adobe Commerce with a damaged staging schedule: two row versions of one product (or category) current at
 * the same time. The lowest row_id loads, the other is an OVERLAPPING_VERSION reject, and the UUID is used
 * once (otherwise COPY would refuse the second row on the primary key).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSource, type MysqlConnection } from '../../core/mysql.ts';
import { entityUuid } from '../../core/ids.ts';
import { seedSource } from '../../generator/index.ts';
import { openRunSource, type RunSource } from '../../pipeline/source-context.ts';
import { catalogCategories } from '../../pipeline/catalog/categories.ts';
import { catalogProducts as productsMigration } from '../../pipeline/catalog/products.ts';
import { collect } from './products-support.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

describe('Commerce products with overlapping current versions', () => {
  let dbs: TestDatabases;
  let conn: MysqlConnection;
  let src: RunSource;
  let entityId: number;
  let firstRow: number;
  let extraRow: number;
  let categoryId: number;
  let extraCategoryRow: number;

  beforeAll(async () => {
    dbs = await createTestDatabases('prodoverlap');
    await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', edition: 'commerce', seed: 5 });
    conn = (await openSource(dbs.mysqlUrl, { readOnly: false })).conn;
    const now = Math.floor(Date.now() / 1000);
    const [rows] = await conn.query(
      `SELECT entity_id, row_id FROM catalog_product_entity
       WHERE type_id = 'simple' AND sku REGEXP '^[A-Za-z0-9_-]+$' AND created_in <= ? AND updated_in > ?
         AND sku IN (SELECT sku FROM catalog_product_entity GROUP BY sku HAVING COUNT(DISTINCT entity_id) = 1)
       ORDER BY entity_id LIMIT 1`,
      [now, now],
    );
    ({ entity_id: entityId, row_id: firstRow } = (rows as Array<{ entity_id: number; row_id: number }>)[0]);
    // A second version of the same product whose range covers now as well.
    const [res] = await conn.query(
      `INSERT INTO catalog_product_entity (entity_id, created_in, updated_in, attribute_set_id, type_id, sku, has_options, required_options, created_at, updated_at)
       SELECT entity_id, created_in, updated_in, attribute_set_id, type_id, sku, has_options, required_options, created_at, updated_at
       FROM catalog_product_entity WHERE row_id = ?`,
      [firstRow],
    );
    extraRow = (res as { insertId: number }).insertId;
    const [cats] = await conn.query(
      'SELECT entity_id, row_id FROM catalog_category_entity WHERE level = 2 AND created_in <= ? AND updated_in > ? ORDER BY entity_id LIMIT 1', [now, now]);
    const cat = (cats as Array<{ entity_id: number; row_id: number }>)[0];
    categoryId = cat.entity_id;
    const [resCat] = await conn.query(
      `INSERT INTO catalog_category_entity (entity_id, created_in, updated_in, attribute_set_id, parent_id, created_at, updated_at, path, position, level, children_count)
       SELECT entity_id, created_in, updated_in, attribute_set_id, parent_id, created_at, updated_at, path, position, level, children_count
       FROM catalog_category_entity WHERE row_id = ?`,
      [cat.row_id],
    );
    extraCategoryRow = (resCat as { insertId: number }).insertId;
    src = await openRunSource(dbs.mysqlUrl, { batchSize: 10, nullPolicy: 'explicit', dryRun: true });
  });

  afterAll(async () => {
    await src?.close();
    await conn?.end();
    await dbs?.cleanup();
  });

  it('loads the lowest row_id and rejects the other version, the counts adding up', async () => {
    expect(extraRow).toBeGreaterThan(firstRow);
    const products = await collect(productsMigration, src);
    const overlap = products.rejects.filter((r) => r.reason === 'OVERLAPPING_VERSION');
    expect(overlap).toHaveLength(1);
    expect(overlap[0].sourceKey).toContain(`row_id=${extraRow}`);
    const id = entityUuid('product', entityId);
    expect(products.rows.product.filter((p) => p.id === id)).toHaveLength(1);
    const entityRejects = products.rejects.filter((r) => !r.sourceKey.includes('attribute=') && !r.sourceKey.startsWith('product_id='));
    expect(products.loaded + entityRejects.length).toBe(products.source);
  });

  it('does the same for categories', async () => {
    const categories = await collect(catalogCategories, src);
    const overlap = categories.rejects.filter((r) => r.reason === 'OVERLAPPING_VERSION');
    expect(overlap.map((r) => r.sourceKey)).toEqual([`entity_id=${categoryId},row_id=${extraCategoryRow}`]);
    expect(categories.rows.category.filter((c) => c.id === entityUuid('category', categoryId))).toHaveLength(1);
    expect(categories.loaded + 1).toBe(categories.source);
  });
});
