/**
 * The EAV reader against real MariaDB: attribute metadata by entity type code, keyset pages with their five
 * value tables read per key range, Adobe Commerce's row_id versions, customers' store-less value tables.
 */
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eavEntityTables } from '../../extractors/eav/entity-tables.ts';
import { keysetPages, type KeySpec, type PageSpec, type SourcePage } from '../../extractors/keyset.ts';
import { attributeCatalogOf as loadEavAttributes, storeScopesOf as loadStoreScopes } from '../../pipeline/eav-lookups.ts';
import { inlineQuery } from '../../sql/query.ts';
import { pivotEavValues } from '../../transforms/eav/pivot.ts';
import { resolveStoreView } from '../../transforms/eav/scope-resolution.ts';
import { sourceSchemaStatements } from '../../generator/schema.ts';
import { openRunSource, type RunSource } from '../../pipeline/source-context.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

/** Keyset pages of `sql` (which holds {{raw:after}} and LIMIT :limit) with the EAV values of each page. */
async function* pagesOf<R>(src: RunSource, sql: string, key: KeySpec<R>, code: 'catalog_product' | 'customer', after: number | null, limit = 2): AsyncGenerator<SourcePage<R, object>> {
  const spec: PageSpec<R, object> = {
    query: inlineQuery<R>('test/page', sql), key, limit, params: { version: src.options.stagingVersion }, vars: { schema: src.schema }, schema: src.schema,
    eav: await eavEntityTables(src, code),
  };
  yield* keysetPages([src.conn], spec, after);
}

async function createSchema(url: string, edition: 'opensource' | 'commerce'): Promise<mysql.Connection> {
  const conn = await mysql.createConnection({ uri: url, multipleStatements: true });
  await conn.query("SET FOREIGN_KEY_CHECKS = 0, sql_mode = 'NO_AUTO_VALUE_ON_ZERO'");
  for (const s of sourceSchemaStatements(edition)) await conn.query(s);
  await conn.query(`
    INSERT INTO eav_entity_type (entity_type_id, entity_type_code, entity_model, entity_table) VALUES
      (1, 'customer', 'x', 'customer_entity'), (4, 'catalog_product', 'x', 'catalog_product_entity');
    INSERT INTO store_website (website_id, code, name) VALUES (0, 'admin', 'Admin'), (1, 'base', 'Main');
    INSERT INTO store (store_id, code, website_id, group_id, name) VALUES (0, 'admin', 0, 0, 'Admin'), (1, 'default', 1, 1, 'Default'), (2, 'fr', 1, 1, 'French');
    INSERT INTO eav_attribute (attribute_id, entity_type_id, attribute_code, backend_type, frontend_input) VALUES
      (60, 4, 'name', 'varchar', 'text'), (61, 4, 'status', 'int', 'select'), (62, 4, 'sku', 'static', 'text'),
      (63, 4, 'material', 'varchar', 'multiselect'), (64, 4, 'news_from_date', 'datetime', 'date'),
      (5, 1, 'firstname', 'varchar', 'text'), (6, 1, 'dob', 'datetime', 'date');
    INSERT INTO catalog_eav_attribute (attribute_id, is_global) VALUES (60, 0), (61, 2), (62, 1), (63, 1), (64, 2);
    INSERT INTO customer_eav_attribute (attribute_id) VALUES (5), (6);
  `);
  return conn;
}

describe('EAV reader, Open Source', () => {
  let dbs: TestDatabases;
  let src: RunSource;
  beforeAll(async () => {
    dbs = await createTestDatabases('eavreader');
    const conn = await createSchema(dbs.mysqlUrl, 'opensource');
    // 7 products with ids 1..7 (id 4 deleted: its values stay behind, as with FOREIGN_KEY_CHECKS=0 imports).
    await conn.query(`
      INSERT INTO catalog_product_entity (entity_id, sku) VALUES (1,'a'),(2,'b'),(3,'c'),(5,'e'),(6,'f'),(7,'g');
      INSERT INTO catalog_product_entity_varchar (entity_id, attribute_id, store_id, value) VALUES
        (1,60,0,'One'),(1,60,2,'Un'),(2,60,0,'Two'),(3,60,0,'Three'),(4,60,0,'Gone'),(5,60,0,'Five'),(7,60,0,'Seven'),
        (1,63,0,'10,11'),(6,63,0,NULL),(6,60,2,NULL);
      INSERT INTO catalog_product_entity_int (entity_id, attribute_id, store_id, value) VALUES
        (1,61,0,1),(1,61,1,2),(1,61,2,2),(7,61,0,1);
      INSERT INTO catalog_product_entity_datetime (entity_id, attribute_id, store_id, value) VALUES (2,64,0,'2024-03-01 00:00:00');
      INSERT INTO customer_entity (entity_id, website_id, email) VALUES (1, 1, 'a@x'), (2, 1, 'b@x');
      INSERT INTO customer_entity_varchar (entity_id, attribute_id, value) VALUES (1, 5, 'Ann'), (2, 5, 'Bob');
      INSERT INTO customer_entity_datetime (entity_id, attribute_id, value) VALUES (2, 6, '1990-05-06 00:00:00');
    `);
    await conn.end();
    src = await openRunSource(dbs.mysqlUrl, { batchSize: 2, nullPolicy: 'inherit', dryRun: true });
  });
  afterAll(async () => {
    await src?.close();
    await dbs?.cleanup();
  });

  it('reads attribute metadata by entity type code, memoised', async () => {
    const attrs = await loadEavAttributes(src, 'catalog_product');
    expect(attrs.list.map((a) => a.code)).toEqual(['name', 'status', 'sku', 'material', 'news_from_date']);
    expect(attrs.byCode.get('status')).toMatchObject({ attributeId: 61, backendType: 'int', scope: 'website', isGlobal: 2 });
    expect(attrs.byCode.get('material')).toMatchObject({ isMultiselect: true, scope: 'global' });
    expect(attrs.byId[60]?.code).toBe('name');
    expect(await loadEavAttributes(src, 'catalog_product')).toBe(attrs);
    const customer = await loadEavAttributes(src, 'customer');
    expect(customer.list.map((a) => [a.code, a.scope])).toEqual([['firstname', 'global'], ['dob', 'global']]);
  });

  it('walks products in keyset pages and reads each page\'s values by key range', async () => {
    const attributes = await loadEavAttributes(src, 'catalog_product');
    const stores = await loadStoreScopes(src);
    const tables = await eavEntityTables(src, 'catalog_product');
    expect(tables).toMatchObject({ keyColumn: 'entity_id', staged: false, scoped: true });
    const pages: number[][] = [];
    const shown: Record<number, unknown> = {};
    let orphans = 0;
    const sql = 'SELECT e.entity_id FROM catalog_product_entity e WHERE {{raw:after}} ORDER BY e.entity_id LIMIT :limit';
    for await (const page of pagesOf(src, sql, { columns: ['e.entity_id'], of: (r: { entity_id: number }) => r.entity_id }, 'catalog_product', 1)) {
      const keys = page.rows.map((r) => r.entity_id);
      pages.push(keys);
      const r = pivotEavValues(page.values!, keys, { attributes, stores, nullPolicy: 'inherit', countOrphanKeys: true });
      orphans += r.stats['eav.orphan_entity_rows'];
      for (const [k, e] of r.entities) shown[k] = resolveStoreView(e, 2, 1);
    }
    expect(pages).toEqual([[2, 3], [5, 6], [7]]);
    // Entity 4 is gone; pages [2,3] and [5,6] never cover its key, so its row is never read.
    expect(orphans).toBe(0);
    expect(shown).toEqual({
      2: { name: 'Two', news_from_date: '2024-03-01T00:00:00Z' },
      3: { name: 'Three' },
      5: { name: 'Five' },
      6: {},
      7: { name: 'Seven', status: 1 },
    });
  });

  it('counts value rows of deleted entities inside a page\'s range', async () => {
    const attributes = await loadEavAttributes(src, 'catalog_product');
    const stores = await loadStoreScopes(src);
    const tables = await eavEntityTables(src, 'catalog_product');
    expect(tables.keyColumn).toBe('entity_id');
    let orphans = 0;
    let first: Record<string, unknown> | undefined;
    const sql = 'SELECT e.entity_id FROM catalog_product_entity e WHERE {{raw:after}} ORDER BY e.entity_id LIMIT :limit';
    for await (const page of pagesOf(src, sql, { columns: ['e.entity_id'], of: (r: { entity_id: number }) => r.entity_id }, 'catalog_product', null, 100)) {
      const r = pivotEavValues(page.values!, page.rows.map((x) => x.entity_id), { attributes, stores, nullPolicy: 'inherit', countOrphanKeys: true });
      orphans += r.stats['eav.orphan_entity_rows'];
      const e = r.entities.get(1)!;
      first = { defaults: e.defaults, websites: Object.fromEntries(e.websites), stores: Object.fromEntries(e.stores) };
    }
    expect(orphans).toBe(1);
    expect(first).toEqual({ defaults: { name: 'One', status: 1, material: [10, 11] }, websites: { 1: { status: 2 } }, stores: { 2: { name: 'Un' } } });
  });

  it('reads store-less customer value tables as the default scope', async () => {
    const attributes = await loadEavAttributes(src, 'customer');
    const stores = await loadStoreScopes(src);
    const tables = await eavEntityTables(src, 'customer');
    expect(tables).toMatchObject({ entityTable: 'customer_entity', scoped: false, keyColumn: 'entity_id' });
    const out: Record<number, unknown> = {};
    const sql = 'SELECT c.entity_id FROM customer_entity c WHERE {{raw:after}} ORDER BY c.entity_id LIMIT :limit';
    for await (const page of pagesOf(src, sql, { columns: ['c.entity_id'], of: (r: { entity_id: number }) => r.entity_id }, 'customer', null, 10)) {
      for (const [k, e] of pivotEavValues(page.values!, page.rows.map((r) => r.entity_id), { attributes, stores, nullPolicy: 'inherit' }).entities) out[k] = e.defaults;
    }
    expect(out).toEqual({ 1: { firstname: 'Ann' }, 2: { firstname: 'Bob', dob: '1990-05-06T00:00:00Z' } });
  });
});

describe('EAV reader, Adobe Commerce', () => {
  let dbs: TestDatabases;
  let src: RunSource;
  beforeAll(async () => {
    dbs = await createTestDatabases('eavreadercom');
    const conn = await createSchema(dbs.mysqlUrl, 'commerce');
    // Entity 1 has two versions: row 1 (ended at 100) and row 3 (current); entity 2 is row 2.
    await conn.query(`
      INSERT INTO sequence_product (sequence_value) VALUES (1), (2);
      INSERT INTO catalog_product_entity (row_id, entity_id, sku, created_in, updated_in) VALUES
        (1, 1, 'a', 1, 100), (2, 2, 'b', 1, 2147483647), (3, 1, 'a', 100, 2147483647);
      INSERT INTO catalog_product_entity_varchar (row_id, attribute_id, store_id, value) VALUES
        (1, 60, 0, 'Old name'), (2, 60, 0, 'Two'), (3, 60, 0, 'New name'), (3, 60, 1, 'Store name');
    `);
    await conn.end();
    src = await openRunSource(dbs.mysqlUrl, { batchSize: 10, nullPolicy: 'inherit', dryRun: true, stagingVersion: 1000 });
  });
  afterAll(async () => {
    await src?.close();
    await dbs?.cleanup();
  });

  it('keys values on row_id and keeps the current version only', async () => {
    expect(src.edition).toBe('commerce');
    const attributes = await loadEavAttributes(src, 'catalog_product');
    const stores = await loadStoreScopes(src);
    const tables = await eavEntityTables(src, 'catalog_product');
    expect(tables).toMatchObject({ keyColumn: 'row_id', staged: true });
    const byEntity: Record<number, unknown> = {};
    const sql = 'SELECT p.row_id, p.entity_id FROM catalog_product_entity p WHERE {{raw:after}} AND p.created_in <= :version AND p.updated_in > :version ORDER BY p.row_id LIMIT :limit';
    for await (const page of pagesOf(src, sql, { columns: ['p.row_id'], of: (r: { row_id: number; entity_id: number }) => r.row_id }, 'catalog_product', null, 10)) {
      const r = pivotEavValues(page.values!, page.rows.map((x) => x.row_id), { attributes, stores, nullPolicy: 'inherit' });
      for (const row of page.rows) byEntity[row.entity_id] = resolveStoreView(r.entities.get(row.row_id)!, 1, 1);
    }
    expect(byEntity).toEqual({ 1: { name: 'Store name' }, 2: { name: 'Two' } });
  });
});
