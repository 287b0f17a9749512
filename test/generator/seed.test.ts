import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MagemigError } from '../../core/errors.ts';
import { expectedDirt, PROFILES, readSeedInfo, seedSource, sourceSchemaTables, type DirtCounts, type Edition, type SeedSummary } from '../../generator/index.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

type Conn = mysql.Connection;
const tiny = PROFILES.tiny;

async function one(conn: Conn, sql: string): Promise<number> {
  const [rows] = await conn.query(sql);
  return Number(Object.values((rows as Record<string, unknown>[])[0])[0]);
}

/** Counts the planted anomalies with SQL of its own (not the generator's target lists). */
async function countDirt(conn: Conn, edition: Edition): Promise<DirtCounts> {
  const values = ['datetime', 'decimal', 'int', 'text', 'varchar'].map((t) => `SELECT attribute_id, store_id FROM catalog_product_entity_${t}`).join(' UNION ALL ');
  const current = edition === 'commerce' ? 'WHERE created_in <= UNIX_TIMESTAMP() AND updated_in > UNIX_TIMESTAMP()' : '';
  const products = `(SELECT * FROM catalog_product_entity ${current}) p`;
  return {
    zeroDates: await one(conn, "SELECT (SELECT COUNT(*) FROM catalog_product_entity_datetime WHERE value = '0000-00-00 00:00:00') + (SELECT COUNT(*) FROM customer_entity WHERE dob = '0000-00-00')"),
    nulBytes: await one(conn, "SELECT (SELECT COUNT(*) FROM catalog_product_entity_varchar WHERE LOCATE(CHAR(0), value) > 0) + (SELECT COUNT(*) FROM catalog_product_entity_text WHERE LOCATE(CHAR(0), value) > 0)"),
    orphanAttributeValues: await one(conn, `SELECT COUNT(*) FROM (${values}) v WHERE v.attribute_id NOT IN (SELECT attribute_id FROM eav_attribute)`),
    orphanStoreValues: await one(conn, `SELECT COUNT(*) FROM (${values}) v WHERE v.store_id NOT IN (SELECT store_id FROM store)`),
    globalStoreValues: await one(conn, `SELECT COUNT(*) FROM (${values}) v JOIN catalog_eav_attribute c ON c.attribute_id = v.attribute_id WHERE c.is_global = 1 AND v.store_id <> 0`),
    productsWithoutSku: await one(conn, `SELECT COUNT(*) FROM ${products} WHERE p.sku IS NULL`),
    duplicateSkuProducts: await one(conn, `SELECT COUNT(*) - COUNT(DISTINCT p.sku) FROM ${products} WHERE p.sku IS NOT NULL`),
    orphanOrderItems: await one(conn, 'SELECT COUNT(*) FROM sales_order_item WHERE product_id NOT IN (SELECT entity_id FROM catalog_product_entity)'),
  };
}

/** CHECKSUM TABLE of every generated Magento table (not magemig_seed_info, whose created_at differs). */
async function checksums(conn: Conn, edition: Edition): Promise<Record<string, string>> {
  const tables = sourceSchemaTables(edition);
  const [rows] = await conn.query(`CHECKSUM TABLE ${tables.map((t) => `\`${t}\``).join(', ')}`);
  return Object.fromEntries((rows as { Table: string; Checksum: string }[]).map((r) => [r.Table.split('.').pop()!, String(r.Checksum)]));
}

for (const edition of ['opensource', 'commerce'] as const) {
  describe(`seed tiny (${edition})`, () => {
    let db: TestDatabases;
    let twin: TestDatabases;
    let conn: Conn;
    let summary: SeedSummary;
    const lines: string[] = [];

    beforeAll(async () => {
      db = await createTestDatabases(`seed${edition.slice(0, 3)}`);
      twin = await createTestDatabases(`seedtwin${edition.slice(0, 3)}`);
      summary = await seedSource({ source: db.mysqlUrl, profile: 'tiny', edition, seed: 7, log: (l) => lines.push(l) });
      conn = await mysql.createConnection({ uri: db.mysqlUrl, dateStrings: true });
    });
    afterAll(async () => {
      await conn?.end();
      await db?.cleanup();
      await twin?.cleanup();
    });

    const current = edition === 'commerce' ? 'WHERE created_in <= UNIX_TIMESTAMP() AND updated_in > UNIX_TIMESTAMP()' : '';
    const key = edition === 'commerce' ? 'row_id' : 'entity_id';

    it('writes a progress line per table and records what it generated', async () => {
      expect(lines.some((l) => /^catalog_product_entity_varchar: \+\d+ rows/.test(l))).toBe(true);
      const info = await readSeedInfo(conn);
      expect(info).toMatchObject({ profile: 'tiny', edition, seed: 7, dirt: expectedDirt('tiny', edition) });
      expect(info!.entities.products).toBe(summary.entities.products);
    });

    it('has the profile’s counts and every product type', async () => {
      const [types] = await conn.query(`SELECT type_id, COUNT(*) AS n FROM catalog_product_entity ${current} GROUP BY type_id`);
      const byType = Object.fromEntries((types as { type_id: string; n: number }[]).map((r) => [r.type_id, Number(r.n)]));
      expect(byType).toEqual({
        simple: tiny.simple + tiny.configurable * tiny.childrenPerConfigurable,
        configurable: tiny.configurable,
        virtual: tiny.virtual,
        bundle: tiny.bundle,
        grouped: tiny.grouped,
        downloadable: tiny.downloadable,
      });
      expect(await one(conn, 'SELECT COUNT(*) FROM store_website WHERE website_id > 0')).toBe(tiny.websites);
      expect(await one(conn, 'SELECT COUNT(*) FROM store WHERE store_id > 0')).toBe(tiny.storeViews);
      expect(await one(conn, `SELECT COUNT(*) FROM catalog_category_entity ${current}`)).toBe(tiny.categories + 2);
      expect(await one(conn, 'SELECT COUNT(*) FROM customer_entity')).toBe(tiny.customers);
      expect(await one(conn, 'SELECT COUNT(*) FROM sales_order')).toBe(tiny.orders);
      expect(await one(conn, "SELECT COUNT(*) FROM eav_attribute WHERE entity_type_id = 4 AND is_user_defined = 1 AND attribute_code LIKE 'set%'"))
        .toBe(tiny.attributeSets * tiny.attributesPerSet);
      expect(await one(conn, 'SELECT COUNT(*) FROM eav_attribute_set WHERE entity_type_id = 4 AND attribute_set_id > 8')).toBe(tiny.attributeSets);
      expect(await one(conn, "SELECT MAX(n) FROM (SELECT COUNT(*) n FROM eav_attribute_option o JOIN eav_attribute a USING (attribute_id) WHERE a.attribute_code LIKE 'set%' GROUP BY o.attribute_id) x"))
        .toBe(tiny.valuesPerAttribute);
      for (const t of ['catalog_product_super_link', 'catalog_product_bundle_selection', 'downloadable_link', 'catalog_product_entity_media_gallery',
        'catalog_product_entity_tier_price', 'cataloginventory_stock_item', 'inventory_source_item', 'customer_address_entity', 'sales_invoice',
        'sales_shipment_track', 'sales_creditmemo', 'review', 'rating_option_vote', 'cms_page', 'url_rewrite', 'salesrule_coupon']) {
        expect(await one(conn, `SELECT COUNT(*) FROM ${t}`), t).toBeGreaterThan(0);
      }
      // Grouped links and configurable super links exist for every row version of their parent.
      expect(await one(conn, 'SELECT COUNT(*) FROM catalog_product_link WHERE link_type_id = 3'))
        .toBe(3 * await one(conn, "SELECT COUNT(*) FROM catalog_product_entity WHERE type_id = 'grouped'"));
      expect(await one(conn, 'SELECT COUNT(*) FROM catalog_product_super_link'))
        .toBe(tiny.childrenPerConfigurable * await one(conn, "SELECT COUNT(*) FROM catalog_product_entity WHERE type_id = 'configurable'"));
      expect(await one(conn, "SELECT COUNT(*) FROM sales_order_item WHERE product_type = 'configurable'")).toBe(await one(conn, 'SELECT COUNT(*) FROM sales_order_item WHERE parent_item_id IS NOT NULL'));
    });

    it('has store-view overrides, explicit NULL store rows and website values fanned out to every view', async () => {
      const name = "(SELECT attribute_id FROM eav_attribute WHERE entity_type_id = 4 AND attribute_code = 'name')";
      const overridden = await one(conn, `SELECT COUNT(DISTINCT ${key}) FROM catalog_product_entity_varchar WHERE attribute_id = ${name} AND store_id > 0 AND value IS NOT NULL`);
      expect(overridden / summary.entities.productRows).toBeGreaterThan(0.2);
      expect(await one(conn, 'SELECT COUNT(*) FROM catalog_product_entity_text WHERE store_id > 0 AND value IS NULL')).toBeGreaterThan(0);
      // price is website scope: each (product, website) with a website price has it on every view of that website, equal.
      const price = "(SELECT attribute_id FROM eav_attribute WHERE entity_type_id = 4 AND attribute_code = 'price')";
      expect(await one(conn, `SELECT c.is_global FROM catalog_eav_attribute c WHERE c.attribute_id = ${price}`)).toBe(2);
      const [fan] = await conn.query(`SELECT v.${key} AS k, s.website_id, COUNT(*) AS n, COUNT(DISTINCT v.value) AS vals
        FROM catalog_product_entity_decimal v JOIN store s ON s.store_id = v.store_id WHERE v.attribute_id = ${price} AND v.store_id > 0
        GROUP BY v.${key}, s.website_id`);
      const groups = fan as { website_id: number; n: number; vals: number }[];
      expect(groups.length).toBeGreaterThan(0);
      const viewsOf = (w: number) => Number(w) === 1 ? 2 : 1;
      for (const g of groups) expect([Number(g.n), Number(g.vals)]).toEqual([viewsOf(g.website_id), 1]);
      expect(groups.some((g) => Number(g.website_id) === 1)).toBe(true);
      // Per-store option labels and swatches.
      expect(await one(conn, 'SELECT COUNT(*) FROM eav_attribute_option_value WHERE store_id > 0')).toBeGreaterThan(0);
      expect(await one(conn, 'SELECT COUNT(*) FROM eav_attribute_option_swatch WHERE type = 1')).toBeGreaterThan(0);
    });

    it('writes URL rewrites that match the url_key values of each store view', async () => {
      const urlKey = "(SELECT attribute_id FROM eav_attribute WHERE entity_type_id = 4 AND attribute_code = 'url_key')";
      const cur = edition === 'commerce' ? 'AND p.created_in <= UNIX_TIMESTAMP() AND p.updated_in > UNIX_TIMESTAMP()' : '';
      const [rows] = await conn.query(`SELECT COUNT(*) AS n, SUM(u.request_path = CONCAT(COALESCE(sv.value, dv.value), '.html')) AS ok
        FROM url_rewrite u JOIN catalog_product_entity p ON p.entity_id = u.entity_id ${cur}
        JOIN catalog_product_entity_varchar dv ON dv.${key} = p.${key} AND dv.attribute_id = ${urlKey} AND dv.store_id = 0
        LEFT JOIN catalog_product_entity_varchar sv ON sv.${key} = p.${key} AND sv.attribute_id = ${urlKey} AND sv.store_id = u.store_id
        WHERE u.entity_type = 'product' AND u.metadata IS NULL AND u.redirect_type = 0`);
      const r = (rows as { n: number; ok: string }[])[0];
      expect(Number(r.n)).toBeGreaterThan(0);
      expect(Number(r.ok)).toBe(Number(r.n));
    });

    it('writes every Magento password hash format, md5 and sha256 real', async () => {
      const [rows] = await conn.query('SELECT entity_id, password_hash FROM customer_entity WHERE password_hash IS NOT NULL');
      const hashes = rows as { entity_id: number; password_hash: string }[];
      const formats = new Set(hashes.map((h) => h.password_hash.split(':').slice(2).join(':')));
      for (const f of ['0', '1', '2', '3_32_2_67108864', '1:2']) expect(formats, f).toContain(f);
      const { createHash } = await import('node:crypto');
      const sha = hashes.find((h) => h.password_hash.endsWith(':1') && h.password_hash.split(':').length === 3)!;
      const [hash, salt] = sha.password_hash.split(':');
      expect(createHash('sha256').update(`${salt}Magento${sha.entity_id}!`).digest('hex')).toBe(hash);
    });

    it('plants exactly the documented dirt', async () => {
      const expected = expectedDirt('tiny', edition);
      expect(await countDirt(conn, edition)).toEqual(expected);
      for (const [k, v] of Object.entries(expected)) expect(v, k).toBeGreaterThan(0);
    });

    if (edition === 'commerce') {
      it('has row versions with exactly one current version per entity, and values per row_id', async () => {
        for (const [table, id] of [['catalog_product_entity', 'entity_id'], ['catalog_category_entity', 'entity_id'], ['cms_page', 'page_id'], ['cms_block', 'block_id'], ['salesrule', 'rule_id']]) {
          expect(await one(conn, `SELECT COUNT(*) FROM (SELECT ${id} FROM ${table} GROUP BY ${id}
            HAVING SUM(created_in <= UNIX_TIMESTAMP() AND updated_in > UNIX_TIMESTAMP()) <> 1) x`), table).toBe(0);
        }
        expect(await one(conn, 'SELECT COUNT(*) FROM (SELECT entity_id FROM catalog_product_entity GROUP BY entity_id HAVING COUNT(*) > 1) x')).toBeGreaterThan(0);
        expect(await one(conn, 'SELECT MAX(updated_in) FROM catalog_product_entity')).toBe(2147483647);
        expect(await one(conn, 'SELECT COUNT(*) FROM catalog_product_entity WHERE row_id <> entity_id')).toBeGreaterThan(0);
        expect(await one(conn, 'SELECT COUNT(*) FROM sequence_product')).toBe(summary.entities.products);
        expect(await one(conn, 'SELECT COUNT(*) FROM catalog_product_entity_varchar v LEFT JOIN catalog_product_entity p ON p.row_id = v.row_id WHERE p.row_id IS NULL')).toBe(0);
        // Non-current versions carry other names, so a migration reading the wrong row shows.
        expect(await one(conn, "SELECT COUNT(*) FROM catalog_product_entity_varchar WHERE value LIKE '%(previous)' OR value LIKE '%(scheduled)'")).toBeGreaterThan(0);
        expect(await one(conn, 'SELECT COUNT(*) FROM staging_update')).toBeGreaterThan(0);
      });
    }

    it('is deterministic: the same seed gives the same tables, another seed other values', async () => {
      await seedSource({ source: twin.mysqlUrl, profile: 'tiny', edition, seed: 7 });
      const twinConn = await mysql.createConnection({ uri: twin.mysqlUrl });
      try {
        expect(await checksums(twinConn, edition)).toEqual(await checksums(conn, edition));
        await seedSource({ source: twin.mysqlUrl, profile: 'tiny', edition, seed: 8 });
        const other = await checksums(twinConn, edition);
        expect(other.catalog_product_entity_varchar).not.toBe((await checksums(conn, edition)).catalog_product_entity_varchar);
      } finally {
        await twinConn.end();
      }
    });
  });
}

describe('seed errors', () => {
  it('reports a bad URL and an unreachable server in one line', async () => {
    const fail = (source: string) => seedSource({ source, profile: 'tiny' }).then(() => null, (e: unknown) => e);
    const bad = await fail('not a url');
    expect(bad).toBeInstanceOf(MagemigError);
    expect((bad as Error).message).toMatch(/^not a connection URL/);
    const down = await fail('mysql://root:secret@127.0.0.1:1/magemig_nowhere');
    expect((down as Error).message).toBe('cannot reach MySQL/MariaDB at 127.0.0.1:1 (connection refused)');
    expect((down as Error).message).not.toContain('secret');
    const noDb = await fail('mysql://root@127.0.0.1:3306');
    expect((noDb as Error).message).toMatch(/names no database/);
    const profile = await seedSource({ source: 'mysql://root@127.0.0.1:3306/x', profile: 'huge' as 'tiny' }).catch((e: Error) => e);
    expect((profile as Error).message).toMatch(/unknown profile 'huge'/);
  });
});

describe('seed on a real store', () => {
  it('refuses to drop the tables of a Magento database it did not generate, unless forced', async () => {
    const db = await createTestDatabases('seedrefuse');
    try {
      const conn = await mysql.createConnection(db.mysqlUrl);
      await conn.query('CREATE TABLE catalog_product_entity (entity_id INT PRIMARY KEY, sku VARCHAR(64))');
      await conn.query("INSERT INTO catalog_product_entity VALUES (1, 'REAL-SKU')");
      const refused = await seedSource({ source: db.mysqlUrl, profile: 'tiny' }).catch((e: Error) => e);
      expect(refused).toBeInstanceOf(MagemigError);
      expect((refused as Error).message).toMatch(/holds a Magento store that seed did not generate.*--force/);
      const [rows] = await conn.query('SELECT sku FROM catalog_product_entity');
      expect(rows).toEqual([{ sku: 'REAL-SKU' }]);
      await conn.end();
      const forced = await seedSource({ source: db.mysqlUrl, profile: 'tiny', force: true });
      expect(forced.entities.products).toBeGreaterThan(0);
      // A database seed generated itself is regenerated without --force.
      await expect(seedSource({ source: db.mysqlUrl, profile: 'tiny' })).resolves.toMatchObject({ profile: 'tiny' });
    } finally {
      await db.cleanup();
    }
  });
});
