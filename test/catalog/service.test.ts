/**
 * The catalog service on the real Luma 2.4.2 dump: the store tree, attributes, attribute sets and categories
 * migrated through the orchestrator, then read back over HTTP (fastify inject, no port).
 */
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import { parseTarget } from '../../core/postgres.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import type { RunReport } from '../../pipeline/report.ts';
import { catalogMigration } from '../../pipeline/catalog/index.ts';
import { catalogService } from '../../services/catalog/index.ts';
import { buildHttpServer, type HttpServer } from '../../services/kit/index.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';

describe.skipIf(!lumaAvailable)('catalog service on the Luma dump', () => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let target: pg.Client;
  let report: RunReport;
  let server: HttpServer;

  const q = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => (await target.query(sql, params)).rows as T[];
  const src = async <T = Record<string, unknown>>(sql: string): Promise<T[]> => (await my.query(sql))[0] as T[];
  const get = (url: string) => server.app.inject({ method: 'GET', url });

  beforeAll(async () => {
    dbs = await createTestDatabases('catalogsvc');
    await loadLumaDump(dbs.mysqlDatabase);
    my = await mysql.createConnection(dbs.mysqlUrl);
    report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [catalogMigration], batchSize: 50 });
    target = new pg.Client({ connectionString: `${dbs.pgUrl}/${dbs.pgPrefix}_catalog` });
    await target.connect();
    server = await buildHttpServer({ target: parseTarget(dbs.pgUrl), prefix: dbs.pgPrefix, services: [catalogService] });
  });

  afterAll(async () => {
    await server?.close();
    await target?.end();
    await my?.end();
    await dbs?.cleanup();
  });

  it('completes with counts that add up and no rejects', () => {
    expect(report.status, report.error).toBe('completed');
    expect(report.countsAddUp).toBe(true);
    const entities = report.services[0].entities;
    expect(entities.map((e) => e.entity)).toEqual(['websites', 'store_groups', 'store_views', 'attributes', 'attribute_sets', 'categories', 'products', 'product_relations']);
    expect(entities.find((e) => e.entity === 'products')).toMatchObject({ sourceCount: 2046, loaded: 2046 });
    for (const e of entities) expect(e.rejected, e.entity).toBe(0);
  });

  it('migrates the store tree: 1 website, 1 group, store view default with locale, currency and root category', async () => {
    expect(await q('SELECT code, name, is_default, base_currency FROM website')).toEqual([{ code: 'base', name: 'Main Website', is_default: true, base_currency: 'USD' }]);
    const groups = await q<{ id: string; code: string; root_category_id: string; default_store_id: string }>('SELECT id, code, root_category_id, default_store_id FROM store_group');
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ id: entityUuid('store_group', 1), code: 'main_website_store', root_category_id: entityUuid('category', 2), default_store_id: entityUuid('store', 1) });
    const stores = await q('SELECT id, code, name, locale, base_currency, default_display_currency, is_active, root_category_id, website_id FROM store');
    expect(stores).toEqual([{
      id: entityUuid('store', 1), code: 'default', name: 'Default Store View', locale: 'en_US', base_currency: 'USD', default_display_currency: 'USD',
      is_active: true, root_category_id: entityUuid('category', 2), website_id: entityUuid('website', 1),
    }]);
  });

  it('migrates every catalog attribute, the 23 user-defined product ones with their type, input and scope', async () => {
    const [{ n }] = await src<{ n: number }>(
      "SELECT COUNT(*) AS n FROM eav_attribute a JOIN eav_entity_type t USING (entity_type_id) WHERE t.entity_type_code IN ('catalog_product','catalog_category')",
    );
    expect(Number((await q<{ n: string }>('SELECT count(*) AS n FROM attribute'))[0].n)).toBe(Number(n));
    const user = await q<{ code: string; backend_type: string; frontend_input: string; scope: string; is_required: boolean }>(
      "SELECT code, backend_type, frontend_input, scope, is_required FROM attribute WHERE entity_type = 'product' AND is_user_defined ORDER BY code",
    );
    expect(user).toHaveLength(23);
    const expected = await src<{ attribute_code: string }>(
      "SELECT a.attribute_code FROM eav_attribute a JOIN eav_entity_type t USING (entity_type_id) WHERE t.entity_type_code = 'catalog_product' AND a.is_user_defined = 1 ORDER BY a.attribute_code",
    );
    expect(user.map((u) => u.code)).toEqual(expected.map((e) => e.attribute_code).sort());
    expect(user.find((u) => u.code === 'color')).toEqual({ code: 'color', backend_type: 'int', frontend_input: 'select', scope: 'global', is_required: false });
    expect(user.find((u) => u.code === 'material')).toMatchObject({ backend_type: 'varchar', frontend_input: 'multiselect' });
    const name = (await q("SELECT scope, is_required, label FROM attribute WHERE entity_type = 'product' AND code = 'name'"))[0];
    expect(name).toEqual({ scope: 'store', is_required: true, label: 'Product Name' });
    expect((await q("SELECT swatch_input_type FROM attribute WHERE entity_type = 'product' AND code = 'color'"))[0]).toEqual({ swatch_input_type: 'visual' });
  });

  it('migrates options with their admin labels, per-store attribute labels and swatches', async () => {
    const [counts] = await src<{ options: number; labelled: number }>(
      `SELECT COUNT(*) AS options, COUNT(DISTINCT v.option_id) AS labelled FROM eav_attribute_option o
         JOIN eav_attribute a ON a.attribute_id = o.attribute_id JOIN eav_entity_type t ON t.entity_type_id = a.entity_type_id
         LEFT JOIN eav_attribute_option_value v ON v.option_id = o.option_id AND v.store_id = 0
        WHERE t.entity_type_code IN ('catalog_product', 'catalog_category')`,
    );
    const [opt] = await q<{ n: string; labelled: string }>('SELECT count(*) AS n, count(label) AS labelled FROM attribute_option');
    expect(Number(opt.n)).toBe(Number(counts.options));
    expect(Number(opt.labelled)).toBe(Number(counts.labelled));
    const colors = await q<{ label: string; swatch_type: string; swatch_value: string }>(
      "SELECT o.label, o.swatch_type, o.swatch_value FROM attribute_option o JOIN attribute a ON a.id = o.attribute_id WHERE a.code = 'color' ORDER BY o.sort_order, o.magento_id",
    );
    const sourceColors = await src<{ value: string }>(
      "SELECT v.value FROM eav_attribute_option o JOIN eav_attribute a USING (attribute_id) JOIN eav_attribute_option_value v ON v.option_id = o.option_id AND v.store_id = 0 WHERE a.attribute_code = 'color' AND a.entity_type_id = 4 ORDER BY o.sort_order, o.option_id",
    );
    expect(colors.map((c) => c.label)).toEqual(sourceColors.map((c) => c.value));
    expect(colors.find((c) => c.label === 'White')).toMatchObject({ swatch_type: 'color', swatch_value: '#ffffff' });
    // Luma labels "style_bags", "size" & co. on store view default (eav_attribute_label).
    const labels = await q<{ code: string; label: string; store: string }>(
      'SELECT a.code, l.label, s.code AS store FROM attribute_label l JOIN attribute a ON a.id = l.attribute_id JOIN store s ON s.id = l.store_id ORDER BY a.code',
    );
    expect(labels).toContainEqual({ code: 'size', label: 'Size', store: 'default' });
    expect(labels).toHaveLength(5);
    const [{ n: storeSwatches }] = await src<{ n: number }>('SELECT COUNT(*) AS n FROM eav_attribute_option_swatch WHERE store_id = 1');
    expect(Number((await q<{ n: string }>('SELECT count(*) AS n FROM attribute_option_swatch'))[0].n)).toBe(Number(storeSwatches));
  });

  it('migrates attribute sets with groups and their attributes', async () => {
    const sets = await q<{ name: string; entity_type: string; is_default: boolean }>('SELECT name, entity_type, is_default FROM attribute_set ORDER BY magento_id');
    const [{ n }] = await src<{ n: number }>(
      "SELECT COUNT(*) AS n FROM eav_attribute_set s JOIN eav_entity_type t USING (entity_type_id) WHERE t.entity_type_code IN ('catalog_product','catalog_category')",
    );
    expect(sets).toHaveLength(Number(n));
    expect(sets).toContainEqual({ name: 'Default', entity_type: 'product', is_default: true });
    expect(sets).toContainEqual({ name: 'Top', entity_type: 'product', is_default: false });
    const topColor = await q(
      "SELECT g.name AS grp FROM attribute_set_attribute m JOIN attribute_set s ON s.id = m.attribute_set_id JOIN attribute a ON a.id = m.attribute_id JOIN attribute_group g ON g.id = m.attribute_group_id WHERE s.name = 'Top' AND a.code = 'color'",
    );
    expect(topColor).toHaveLength(1);
  });

  it('migrates 40 categories with their tree positions and store-view names', async () => {
    const cats = await q<{ magento_id: number; parent_magento_id: number | null; path: string; level: number; position: number; name: string }>(
      'SELECT magento_id, parent_magento_id, path, level, position, name FROM category ORDER BY magento_id',
    );
    expect(cats).toHaveLength(40);
    const source = await src<{ entity_id: number; parent_id: number; path: string; level: number; position: number }>(
      'SELECT entity_id, parent_id, path, level, position FROM catalog_category_entity ORDER BY entity_id',
    );
    expect(cats.map((c) => [c.magento_id, c.parent_magento_id ?? 0, c.path, c.level, c.position])).toEqual(
      source.map((s) => [s.entity_id, s.parent_id, s.path, s.level, s.position]),
    );
    expect(cats.find((c) => c.magento_id === 3)).toMatchObject({ name: 'Gear', path: '1/2/3', level: 2, position: 4 });
    const seen = await q<{ name: string; url_key: string; url_path: string; is_active: boolean; store: string }>(
      'SELECT cs.name, cs.url_key, cs.url_path, cs.is_active, s.code AS store FROM category_store cs JOIN store s ON s.id = cs.store_id WHERE cs.category_id = $1',
      [entityUuid('category', 14)],
    );
    expect(seen).toEqual([{ name: 'Jackets', url_key: 'jackets-men', url_path: 'men/tops-men/jackets-men', is_active: true, store: 'default' }]);
    expect(Number((await q<{ n: string }>('SELECT count(*) AS n FROM category_store'))[0].n)).toBe(40);
  });

  it('a second run changes nothing', async () => {
    const before = await q('SELECT md5(string_agg(c::text, \'|\' ORDER BY c.category_id, c.store_id)) AS h FROM category_store c');
    const again = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [catalogMigration] });
    expect(again.status).toBe('completed');
    for (const e of again.services[0].entities) expect(e.rowsThisRun, e.entity).toBe(0);
    expect(await q('SELECT md5(string_agg(c::text, \'|\' ORDER BY c.category_id, c.store_id)) AS h FROM category_store c')).toEqual(before);
  });

  describe('over HTTP', () => {
    it('GET /catalog/categories returns the store view tree from its root category, ordered by position', async () => {
      const res = await get('/catalog/categories?store=default');
      expect(res.statusCode).toBe(200);
      type Node = { name: string; magento_id: number; url_key: string; position: number; children: Node[] };
      const body = res.json() as { store: string; categories: Node[] };
      expect(body.store).toBe('default');
      expect(body.categories).toHaveLength(1);
      const root = body.categories[0];
      expect(root).toMatchObject({ name: 'Default Category', magento_id: 2 });
      const top = root.children.map((c) => c.name);
      // Collections (id 7) and Training (id 9) share position 5: ties go by id, as in Magento's tree.
      expect(top).toEqual(["What's New", 'Women', 'Men', 'Gear', 'Collections', 'Training', 'Promotions', 'Sale']);
      const gear = root.children.find((c) => c.name === 'Gear')!;
      expect(gear).toMatchObject({ url_key: 'gear', position: 4 });
      expect(gear.children.map((c) => c.name)).toEqual(['Bags', 'Fitness Equipment', 'Watches']);
      const count = (nodes: Node[]): number => nodes.reduce((n, c) => n + 1 + count(c.children), 0);
      expect(count(body.categories)).toBe(39); // every category but Magento's invisible "Root Catalog"
    });

    it('publishes its OpenAPI document, made from the schemas its routes validate with', async () => {
      const res = await get('/catalog/openapi.json');
      expect(res.statusCode).toBe(200);
      const doc = res.json();
      expect(doc.openapi).toBe('3.1.0');
      expect(Object.keys(doc.paths).sort()).toEqual(['/catalog/categories', '/catalog/products/{sku}']);
      const params = doc.paths['/catalog/products/{sku}'].get.parameters.map((p: { name: string; in: string; required: boolean }) => [p.in, p.name, p.required]);
      expect(params).toEqual(expect.arrayContaining([['path', 'sku', true], ['query', 'store', true]]));
    });

    it('GET /catalog/products/MH01 shows the configurable as store view default does, with its children', async () => {
      const res = await get('/catalog/products/MH01?store=default');
      expect(res.statusCode).toBe(200);
      const p = res.json();
      expect(Object.keys(p)).toEqual(['id', 'magento_id', 'store', 'sku', 'type', 'websites', 'attributes', 'options', 'categories', 'media', 'children', 'links', 'configurable_attributes']);
      expect(p).toMatchObject({ sku: 'MH01', type: 'configurable', websites: ['base'], store: 'default' });
      const [{ entity_id: id }] = await src<{ entity_id: number }>("SELECT entity_id FROM catalog_product_entity WHERE sku = 'MH01'");
      expect(p.id).toBe(entityUuid('product', id));
      // Traceable: the Magento key beside the UUID, for the product and what it carries.
      expect(p.magento_id).toBe(Number(id));
      expect(p.media.every((m: { magento_id: unknown }) => Number.isInteger(m.magento_id))).toBe(true);
      expect(p.categories.every((c: { magento_id: unknown }) => Number.isInteger(c.magento_id))).toBe(true);
      const children = await src<{ sku: string }>(
        `SELECT c.sku FROM catalog_product_super_link l JOIN catalog_product_entity c ON c.entity_id = l.product_id WHERE l.parent_id = ${Number(id)} ORDER BY c.sku`,
      );
      expect(children).toHaveLength(15);
      expect([...p.children].sort()).toEqual(children.map((c) => c.sku));
      expect(p.configurable_attributes.map((a: { code: string }) => a.code)).toEqual(['size', 'color']);
      // Typed values: int-backed numbers, multiselect arrays of option ids, varchar/text strings.
      expect(p.attributes).toMatchObject({ name: 'Chaz Kangeroo Hoodie', visibility: 4, status: 1, url_key: 'chaz-kangeroo-hoodie' });
      const [climate] = await src<{ value: string }>(
        `SELECT v.value FROM catalog_product_entity_varchar v JOIN eav_attribute a USING (attribute_id) WHERE a.attribute_code = 'climate' AND a.entity_type_id = 4 AND v.entity_id = ${Number(id)} AND v.store_id = 0`,
      );
      expect(p.attributes.climate).toEqual(climate.value.split(',').map(Number));
      const labels = await src<{ value: string }>(
        `SELECT value FROM eav_attribute_option_value WHERE store_id = 0 AND option_id IN (${climate.value}) ORDER BY FIELD(option_id, ${climate.value})`,
      );
      expect(p.options.climate).toEqual(labels.map((l) => l.value));
      // Source-model selects have no option rows: their labels are Magento's source models' (status, visibility, tax class).
      expect(p.options).toMatchObject({ visibility: 'Catalog, Search', status: 'Enabled', tax_class_id: 'Taxable Goods' });
      expect(p.categories.map((c: { url_key: string }) => c.url_key)).toContain('hoodies-and-sweatshirts-men');
      expect(p.media.map((m: { file: string }) => m.file)).toEqual(['/m/h/mh01-gray_main_1.jpg', '/m/h/mh01-gray_alt1_1.jpg', '/m/h/mh01-gray_back_1.jpg']);
      expect(p.links.related).toEqual(expect.arrayContaining(['MP06', 'MS06']));
      // Prices belong to the pricing service.
      expect(p.attributes).not.toHaveProperty('price');
    });

    it('shows store-level values and exact decimals', async () => {
      // WJ01 has msrp_display_actual_price_type "1" on store view default over "0" by default.
      const wj01 = (await get('/catalog/products/WJ01?store=default')).json();
      expect(wj01.attributes.msrp_display_actual_price_type).toBe('1');
      expect((await q("SELECT attributes->>'msrp_display_actual_price_type' AS v FROM product WHERE sku = 'WJ01'"))[0]).toEqual({ v: '0' });
      const child = (await get('/catalog/products/MH01-L-Black?store=default')).json();
      expect(child.attributes.weight).toBe('1.000000');
      expect(child.options.color).toBe('Black');
      expect(typeof child.attributes.color).toBe('number');
      // SKUs are found case-insensitively, as Magento's collation does.
      expect((await get('/catalog/products/mh01?store=default')).json().sku).toBe('MH01');
    });

    it('shows bundle options, grouped items and downloadable links of their products', async () => {
      const bundle = (await get('/catalog/products/24-WG080?store=default')).json();
      expect(bundle.bundle_options.map((o: { title: string }) => o.title)).toEqual(['Sprite Stasis Ball', 'Sprite Foam Yoga Brick', 'Sprite Yoga Strap', 'Sprite Foam Roller']);
      expect(bundle.bundle_options[0].selections[0]).toEqual({ sku: '24-WG081-blue', position: 1, qty: '1.0000', is_default: true, can_change_qty: true });
      const grouped = (await get('/catalog/products/24-WG085_Group?store=default')).json();
      expect(grouped.grouped_items.map((i: { sku: string }) => i.sku)).toEqual(grouped.children);
      const download = (await get('/catalog/products/240-LV04?store=default')).json();
      expect(download.downloadable.links[0]).toMatchObject({ title: "Beginner's Yoga", link_type: 'file' });
    });

    it('answers 404 for an unknown store and SKU, 400 for a bad query', async () => {
      const unknownStore = await get('/catalog/categories?store=nowhere');
      expect(unknownStore.statusCode).toBe(404);
      expect(unknownStore.json()).toMatchObject({ code: 'UNKNOWN_STORE', message: "no store view with code 'nowhere'" });
      expect((await get('/catalog/products/MH01?store=nowhere')).statusCode).toBe(404);
      const unknownSku = await get('/catalog/products/NO-SUCH-SKU?store=default');
      expect(unknownSku.statusCode).toBe(404);
      expect(unknownSku.json()).toMatchObject({ code: 'UNKNOWN_SKU' });
      for (const url of ['/catalog/categories', '/catalog/categories?store=9lives', '/catalog/categories?store=default&page=2', '/catalog/categories?store=a&store=b', `/catalog/products/${'X'.repeat(65)}?store=default`]) {
        const res = await get(url);
        expect(res.statusCode, url).toBe(400);
        expect(res.json(), url).toMatchObject({ statusCode: 400, code: 'BAD_REQUEST' });
      }
    });
  });
});
