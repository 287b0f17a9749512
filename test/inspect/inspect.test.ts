import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSource } from '../../core/mysql.ts';
import { anomalyKinds, inspectReportSchema, inspectSource, type InspectReport } from '../../extractors/inspect/index.ts';
import { expectedDirt, readSeedInfo, seedSource, type SeedInfo } from '../../generator/index.ts';
import { createTestDatabases, MYSQL_SERVER, type TestDatabases } from '../support/databases.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs ./bin/magemig as a user would; resolves with the exit code and output (never throws). */
function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(join(ROOT, 'bin', 'magemig'), args, { cwd: ROOT, env: { ...process.env, MAGEMIG_DEBUG: '' }, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** A user-facing failure: non-zero exit, exactly one stderr line starting "magemig:", no stack trace. */
function expectOneLineError(r: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.code).not.toBe(0);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^magemig: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).toBe('');
}

async function inspect(url: string): Promise<InspectReport> {
  const { conn } = await openSource(url, { readOnly: true });
  try {
    return await inspectSource(conn, 'test');
  } finally {
    await conn.end();
  }
}

function withUser(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = password;
  return u.toString();
}

describe.skipIf(!lumaAvailable)('inspect on the real Magento 2.4.2-p1 Luma dump', () => {
  let db: TestDatabases;
  let report: InspectReport;
  // A MariaDB user with a password and SELECT only on the test database (dropped in afterAll).
  const reader = `mmt_insp_${randomBytes(3).toString('hex')}`;
  const readerPassword = `pw-${randomBytes(6).toString('hex')}`;

  beforeAll(async () => {
    db = await createTestDatabases('inspect');
    await loadLumaDump(db.mysqlDatabase);
    const root = await mysql.createConnection(MYSQL_SERVER);
    try {
      await root.query('CREATE USER ?@? IDENTIFIED BY ?', [reader, '%', readerPassword]);
      await root.query(`GRANT SELECT ON \`${db.mysqlDatabase}\`.* TO ?@?`, [reader, '%']);
    } finally {
      await root.end();
    }
    report = await inspect(db.mysqlUrl);
  });

  afterAll(async () => {
    const root = await mysql.createConnection(MYSQL_SERVER);
    try {
      await root.query('DROP USER IF EXISTS ?@?', [reader, '%']);
    } finally {
      await root.end();
    }
    await db?.cleanup();
  });

  it('detects Open Source and the recorded version', () => {
    expect(report.edition).toBe('opensource');
    expect(report.version).toEqual({ value: '2.4.2-p1', source: 'admin_analytics_usage_version_log', hint: null });
  });

  it('reads the website / group / store view tree', () => {
    const base = report.websites.find((w) => w.code === 'base');
    expect(base).toMatchObject({ id: 1, name: 'Main Website', isDefault: true, defaultGroupId: 1 });
    expect(base?.groups).toEqual([
      {
        id: 1,
        code: 'main_website_store',
        name: 'Main Website Store',
        rootCategoryId: 2,
        rootCategoryName: 'Default Category',
        defaultStoreId: 1,
        stores: [{ id: 1, code: 'default', name: 'Default Store View', isActive: true, sortOrder: 0 }],
      },
    ]);
    expect(report.websites.map((w) => w.code)).toEqual(['admin', 'base']);
  });

  it('counts entities as ../shared/README.md states them', () => {
    const c = report.counts;
    expect(c.products).toEqual({ table: 'catalog_product_entity', count: 2046, rowVersions: null });
    expect(c.productsByType).toEqual({ simple: 1891, configurable: 147, downloadable: 6, bundle: 1, grouped: 1 });
    expect(c.categories.count).toBe(40);
    expect(c.attributeSets.count).toBe(15);
    expect(c.reviews.count).toBe(346);
    expect(c.urlRewrites.count).toBe(766);
    expect(c.cmsPages.count).toBe(6);
    expect(c.cmsBlocks.count).toBe(18);
    expect(c.customers.count).toBe(1);
    expect(c.orders.count).toBe(2);
    expect(c.invoices.count).toBe(2);
    expect(c.shipments.count).toBe(2);
    expect(c.creditMemos.count).toBe(1);
    // The Luma install has no MSI tables: the counts say so instead of failing.
    expect(c.msiSourceItems).toEqual({ table: 'inventory_source_item', count: null, rowVersions: null });
    expect(report.absentTables).toEqual(expect.arrayContaining(['inventory_source', 'inventory_source_item']));
    expect(report.absentTables).not.toContain('admin_analytics_usage_version_log');
  });

  it('counts attributes per entity type, system and user-defined', () => {
    expect(report.attributes.reduce((s, a) => s + a.total, 0)).toBe(156);
    expect(report.attributes.find((a) => a.entityTypeCode === 'catalog_product')).toMatchObject({ system: 58, userDefined: 23, total: 81 });
    expect(report.attributes.find((a) => a.entityTypeCode === 'customer')).toMatchObject({ userDefined: 0, total: 25 });
  });

  it('counts store-level values per EAV table, and knows customer tables have no store_id', () => {
    const t = Object.fromEntries(report.eavValueTables.map((v) => [v.table, v]));
    expect(t.catalog_product_entity_varchar).toMatchObject({ entityTypeCode: 'catalog_product', rows: 15126, storeLevelRows: 24 });
    expect(t.catalog_product_entity_int).toMatchObject({ rows: 12659, storeLevelRows: 36 });
    expect(t.catalog_product_entity_text.storeLevelRows).toBe(0);
    expect(t.catalog_category_entity_varchar.storeLevelRows).toBe(0);
    expect(t.customer_entity_varchar.storeLevelRows).toBeNull();
    expect(t.customer_address_entity_int.storeLevelRows).toBeNull();
    expect(report.eavValueTables.filter((v) => v.table.startsWith('catalog_product_entity_'))).toHaveLength(5);
  });

  it('--json prints one document that the published schema accepts, as a SELECT-only user', async () => {
    const r = await runCli(['inspect', '--source', withUser(db.mysqlUrl, reader, readerPassword), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = inspectReportSchema.parse(JSON.parse(r.stdout));
    expect(doc.source.connection).toBe(`${reader}@127.0.0.1:3306/${db.mysqlDatabase}`);
    expect(r.stdout).not.toContain(readerPassword);
    // The CLI adds what migrate would read, from the registry's declared entities.
    expect(doc.migration.find((m) => m.service === 'catalog' && m.entity === 'products')).toMatchObject({ source: 2046, tables: expect.arrayContaining(['catalog_product_entity_int']) });
    expect({ ...doc, seconds: 0, source: null, migration: [] }).toEqual({ ...report, seconds: 0, source: null });
  });

  it('prints a readable text report', async () => {
    const r = await runCli(['inspect', '--source', db.mysqlUrl]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Edition +Open Source/m);
    expect(r.stdout).toMatch(/^Version +2\.4\.2-p1/m);
    expect(r.stdout).toMatch(/^ +products +2,046 +simple 1,891, configurable 147/m);
    expect(r.stdout).toMatch(/^ +view 1 default "Default Store View" \(default view\)$/m);
    expect(r.stdout).toMatch(/^ +catalog_product_entity_varchar +15,126 +24$/m);
    expect(r.stdout).toMatch(/^ +catalog\/products +2,046 +\d+$/m);
  });

  it('refuses a wrong password in one line that does not echo it', async () => {
    const r = await runCli(['inspect', '--source', withUser(db.mysqlUrl, reader, 'not-the-password')]);
    expectOneLineError(r, new RegExp(`access denied for ${reader}@127\\.0\\.0\\.1:3306/${db.mysqlDatabase} \\(check user and password\\)`));
    expect(r.stderr).not.toContain('not-the-password');
  });

  it('tells a right password on a database the user may not read apart from a wrong password', async () => {
    const other = new URL(withUser(db.mysqlUrl, reader, readerPassword));
    other.pathname = `/mmt_not_granted_${randomBytes(3).toString('hex')}`;
    const r = await runCli(['inspect', '--source', other.toString()]);
    expectOneLineError(r, new RegExp(`user '${reader}' has no access to database 'mmt_not_granted_[0-9a-f]+' on 127\\.0\\.0\\.1:3306 \\(grant it SELECT\\)`));
    expect(r.stderr).not.toContain(readerPassword);
  });

  // Runs last: it writes dirt into this file's copy of the dump.
  it('finds no anomalies in the clean dump, then counts each injected dirty row once', async () => {
    expect(report.anomalies).toEqual({
      zeroDates: 0, nulBytes: 0, orphanAttributeValues: 0, orphanStoreValues: 0, globalStoreValues: 0,
      productsWithoutSku: 0, duplicateSkuProducts: 0, orphanOrderItems: 0, breakdown: [],
    });
    const w = await mysql.createConnection(db.mysqlUrl);
    try {
      await w.query("SET SESSION sql_mode = '', FOREIGN_KEY_CHECKS = 0");
      await w.query("UPDATE catalog_product_entity_datetime SET value = '0000-00-00 00:00:00' ORDER BY value_id LIMIT 1");
      await w.query("UPDATE customer_entity SET dob = '0000-00-00' ORDER BY entity_id LIMIT 1");
      await w.query("UPDATE catalog_product_entity_text SET value = CONCAT('bad', CHAR(0), 'byte') ORDER BY value_id LIMIT 1");
      await w.query('INSERT INTO catalog_product_entity_int (attribute_id, store_id, entity_id, value) VALUES (9999, 0, 1, 1)');
      await w.query(`INSERT INTO catalog_product_entity_varchar (attribute_id, store_id, entity_id, value)
        SELECT attribute_id, 77, 1, 'ghost store' FROM eav_attribute WHERE attribute_code = 'name' AND entity_type_id = 4`);
      await w.query(`INSERT INTO catalog_product_entity_int (attribute_id, store_id, entity_id, value)
        SELECT a.attribute_id, 1, 2, 1 FROM eav_attribute a JOIN catalog_eav_attribute c ON c.attribute_id = a.attribute_id
        WHERE a.entity_type_id = 4 AND a.backend_type = 'int' AND c.is_global = 1 ORDER BY a.attribute_id LIMIT 1`);
      await w.query("UPDATE catalog_product_entity SET sku = '' WHERE entity_id = 3");
      await w.query('UPDATE catalog_product_entity SET sku = (SELECT s FROM (SELECT sku AS s FROM catalog_product_entity WHERE entity_id = 4) x) WHERE entity_id = 5');
      await w.query('UPDATE sales_order_item SET product_id = 999999 ORDER BY item_id LIMIT 1');
    } finally {
      await w.end();
    }
    const dirty = await inspect(db.mysqlUrl);
    expect(dirty.anomalies).toMatchObject({
      zeroDates: 2, nulBytes: 1, orphanAttributeValues: 1, orphanStoreValues: 1, globalStoreValues: 1,
      productsWithoutSku: 1, duplicateSkuProducts: 1, orphanOrderItems: 1,
    });
    expect(dirty.anomalies.breakdown).toEqual(
      expect.arrayContaining([
        { kind: 'zeroDates', table: 'catalog_product_entity_datetime', count: 1 },
        { kind: 'zeroDates', table: 'customer_entity.dob', count: 1 },
        { kind: 'nulBytes', table: 'catalog_product_entity_text', count: 1 },
        { kind: 'orphanAttributeValues', table: 'catalog_product_entity_int', count: 1 },
        { kind: 'orphanStoreValues', table: 'catalog_product_entity_varchar', count: 1 },
      ]),
    );
  });
});

describe('inspect errors a user can meet', () => {
  let empty: TestDatabases;
  beforeAll(async () => {
    empty = await createTestDatabases('inspectempty');
  });
  afterAll(async () => {
    await empty?.cleanup();
  });

  it('an unreachable server', async () => {
    const r = await runCli(['inspect', '--source', 'mysql://root:hunter2@127.0.0.1:1/shop']);
    expectOneLineError(r, /cannot reach MySQL\/MariaDB at 127\.0\.0\.1:1/);
    expect(r.stderr).not.toContain('hunter2');
  });

  it('a database that does not exist', async () => {
    const r = await runCli(['inspect', '--source', `${MYSQL_SERVER}/mmt_no_such_db_${randomBytes(3).toString('hex')}`]);
    expectOneLineError(r, /database 'mmt_no_such_db_[0-9a-f]+' does not exist/);
  });

  it('an empty database, then one with foreign tables, then a Magento 1 one: says which tables are missing', async () => {
    const first = await runCli(['inspect', '--source', empty.mysqlUrl, '--json']);
    expectOneLineError(first, /is empty: not a Magento 2 database \(missing tables: store_website, store_group, store, .*catalog_product_entity, .*sales_order_item\)/);

    const w = await mysql.createConnection(empty.mysqlUrl);
    try {
      await w.query('CREATE TABLE wp_posts (id INT PRIMARY KEY)');
      await w.query('CREATE TABLE store (store_id SMALLINT PRIMARY KEY)');
      const other = await runCli(['inspect', '--source', empty.mysqlUrl]);
      expectOneLineError(other, /is not a Magento 2 database: missing 16 of 17 required tables \(store_website, store_group, eav_entity_type/);

      await w.query('CREATE TABLE core_store (store_id SMALLINT PRIMARY KEY)');
      const m1 = await runCli(['inspect', '--source', empty.mysqlUrl]);
      expectOneLineError(m1, /looks like Magento 1 \(core_store exists\)/);
    } finally {
      await w.end();
    }
  });

  it('a missing --source', async () => {
    const r = await runCli(['inspect']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/required option '--source <url>' not specified/);
  });
});

describe.each(['opensource', 'commerce'] as const)('inspect on a generated tiny %s store', (edition) => {
  let db: TestDatabases;
  let report: InspectReport;
  let info: SeedInfo;

  beforeAll(async () => {
    db = await createTestDatabases(`insp${edition}`);
    await seedSource({ source: db.mysqlUrl, profile: 'tiny', edition, seed: 7 });
    report = await inspect(db.mysqlUrl);
    const { conn } = await openSource(db.mysqlUrl);
    try {
      const read = await readSeedInfo(conn);
      if (!read) throw new Error('the generated database has no magemig_seed_info');
      info = read;
    } finally {
      await conn.end();
    }
  });
  afterAll(async () => {
    await db?.cleanup();
  });

  it('detects the edition by the row_id column and says the store was generated', () => {
    expect(report.edition).toBe(edition);
    expect(report.generatedBy).toMatchObject({ profile: 'tiny', edition, seed: 7 });
  });

  it('counts exactly the dirt the generator put in', () => {
    const found = Object.fromEntries(anomalyKinds.map((k) => [k, report.anomalies[k]]));
    expect(found).toEqual(expectedDirt('tiny', edition));
    expect(found).toEqual(info.dirt);
    // Every kind is present in a generated store, so a counter that always says 0 cannot pass.
    for (const k of anomalyKinds) expect(report.anomalies[k], k).toBeGreaterThan(0);
  });

  it('counts entities as the generator recorded them (Commerce: entities and row versions)', () => {
    const c = report.counts;
    const e = info.entities;
    expect(c.products.count).toBe(e.products);
    expect(c.products.rowVersions).toBe(edition === 'commerce' ? e.productRows : null);
    if (edition === 'commerce') expect(c.products.rowVersions).toBeGreaterThan(c.products.count ?? 0);
    expect(c.categories.count).toBe(e.categories);
    expect(c.customers.count).toBe(e.customers);
    expect(c.customerAddresses.count).toBe(e.customerAddresses);
    expect(c.orders.count).toBe(e.orders);
    expect(c.orderItems.count).toBe(e.orderItems);
    expect(c.invoices.count).toBe(e.invoices);
    expect(c.shipments.count).toBe(e.shipments);
    expect(c.creditMemos.count).toBe(e.creditmemos);
    expect(c.reviews.count).toBe(e.reviews);
    expect(c.urlRewrites.count).toBe(e.urlRewrites);
    expect(c.cmsPages.count).toBe(e.cmsPages);
    expect(c.cmsBlocks.count).toBe(e.cmsBlocks);
    const byType = Object.fromEntries(Object.entries(e).filter(([k]) => k.startsWith('products.')).map(([k, v]) => [k.slice('products.'.length), v]));
    expect(c.productsByType).toEqual(byType);
    expect(report.attributes.find((a) => a.entityTypeCode === 'catalog_product')?.userDefined).toBe(e.userDefinedProductAttributes);
  });

  it('reads the 2 websites and 3 store views, each group with its root category', () => {
    const sites = report.websites.filter((w) => w.id !== 0);
    expect(sites).toHaveLength(recorded(info.entities.websites));
    expect(sites.flatMap((w) => w.groups.flatMap((g) => g.stores))).toHaveLength(recorded(info.entities.storeViews));
    for (const g of sites.flatMap((w) => w.groups)) {
      expect(g.rootCategoryName, g.code).not.toBeNull();
      expect(g.stores.map((s) => s.id)).toContain(g.defaultStoreId);
    }
    // The generator fans website values out to store views: store-level rows exist in the product tables.
    const varchar = report.eavValueTables.find((t) => t.table === 'catalog_product_entity_varchar');
    expect(varchar?.storeLevelRows).toBeGreaterThan(0);
  });
});

/** Narrows a recorded count (throws when the generator did not record it). */
function recorded(n: number | undefined): number {
  if (n === undefined) throw new Error('count not recorded by the generator');
  return n;
}
