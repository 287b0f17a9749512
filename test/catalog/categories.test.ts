/**
 * Categories: the tree check (orphans are DANGLING_REFERENCE rejects), per-store values, the null policy;
 * unit tests of the pure transform, then the Luma dump with a French store view and some dirt added.
 */
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import { parseTarget } from '../../core/postgres.ts';
import type { EavValue, ScopedValues } from '../../transforms/eav/types.ts';
import type { RunReport } from '../../pipeline/report.ts';
import type { Reject } from '../../pipeline/types.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { catalogMigration } from '../../pipeline/catalog/index.ts';
import { catalogService } from '../../services/catalog/index.ts';
import { buildHttpServer } from '../../services/kit/index.ts';
import { mapCategory, validateCategoryTree } from '../../transforms/catalog/categories.ts';

const CATEGORY_COLUMNS = catalogService.contract.category.columns;
const CATEGORY_STORE_COLUMNS = catalogService.contract.category_store.columns;
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';

const node = (entity_id: number, parent_id: number, path: string, level = path.split('/').length - 1) => ({ entity_id, parent_id, path, level });

describe('category tree check', () => {
  it('loads a category only when its whole ancestry exists', () => {
    const { verdicts } = validateCategoryTree([
      node(1, 0, '1'), node(2, 1, '1/2'), node(3, 2, '1/2/3'),
      node(10, 99, '1/99/10'), node(11, 10, '1/99/10/11'), // parent 99 is gone, and with it 11's ancestry
    ]);
    expect(verdicts.get(3)).toEqual({ ok: true, path: '1/2/3', level: 2, parentId: 2 });
    expect(verdicts.get(1)).toEqual({ ok: true, path: '1', level: 0, parentId: null });
    expect(verdicts.get(10)).toEqual({ ok: false, reason: 'DANGLING_REFERENCE', detail: 'parent_id=99 not found' });
    expect(verdicts.get(11)).toMatchObject({ ok: false, reason: 'DANGLING_REFERENCE' });
  });

  it('rejects parent cycles and rebuilds a stale path from the parent links', () => {
    const { verdicts, pathMismatches } = validateCategoryTree([
      node(1, 0, '1'), node(2, 1, '1/2'), node(5, 2, '1/4/5'), node(7, 8, '1/7'), node(8, 7, '1/8'),
    ]);
    expect(verdicts.get(5)).toEqual({ ok: true, path: '1/2/5', level: 2, parentId: 2 });
    expect(pathMismatches).toBe(1);
    expect(verdicts.get(7)).toMatchObject({ ok: false, reason: 'DANGLING_REFERENCE' });
    expect(verdicts.get(8)).toMatchObject({ ok: false, reason: 'DANGLING_REFERENCE' });
  });
});

describe('category mapping', () => {
  it('puts default values on the category and what each store view sees on category_store', () => {
    const scoped: ScopedValues = {
      defaults: { name: 'Gear', url_key: 'gear', is_active: 1, include_in_menu: 1, display_mode: 'PAGE', is_anchor: 1 },
      websites: new Map(),
      stores: new Map<number, Record<string, EavValue | null>>([[2, { name: 'Équipement', url_key: 'equipement' }], [3, { is_active: 0, display_mode: null }]]),
    };
    const views = [1, 2, 3].map((id) => ({ magentoId: id, websiteMagentoId: 1, id: entityUuid('store', id) }));
    const row = { k: 3, entity_id: 3, attribute_set_id: 3, parent_id: 2, path: '1/2/3', position: 4, level: 2, children_count: 3, created_at: '2021-07-02 20:53:35', updated_at: '0000-00-00 00:00:00' };
    const stats: Record<string, number> = {};
    const rejects: Reject[] = [];
    const { category, stores } = mapCategory(row, { ok: true, path: '1/2/3', level: 2, parentId: 2 }, scoped, views, stats, rejects);
    const c = Object.fromEntries(CATEGORY_COLUMNS.map((k, i) => [k, category[i]]));
    expect(c).toMatchObject({
      id: entityUuid('category', 3), parent_id: entityUuid('category', 2), path: '1/2/3', level: 2, position: 4, name: 'Gear', url_key: 'gear',
      is_active: true, include_in_menu: true, created_at: '2021-07-02T20:53:35Z', updated_at: null, attributes: { display_mode: 'PAGE', is_anchor: 1 },
    });
    expect(rejects).toEqual([{ sourceKey: 'entity_id=3,attribute=updated_at,store=0', reason: 'ZERO_DATE', detail: '0000-00-00 00:00:00' }]);
    const s = stores.map((r) => Object.fromEntries(CATEGORY_STORE_COLUMNS.map((k, i) => [k, r[i]])));
    expect(s.map((r) => [r.name, r.url_key, r.is_active, r.attributes])).toEqual([
      ['Gear', 'gear', true, { display_mode: 'PAGE', is_anchor: 1 }],
      ['Équipement', 'equipement', true, { display_mode: 'PAGE', is_anchor: 1 }],
      ['Gear', 'gear', false, { is_anchor: 1 }],
    ]);
  });
});

describe.skipIf(!lumaAvailable)('categories of the Luma dump with a French store view and dirt', () => {
  let dbs: TestDatabases;
  let explicit: RunReport;
  let inherit: RunReport;
  const pgOf = async (prefix: string) => {
    const c = new pg.Client({ connectionString: `${dbs.pgUrl}/${prefix}_catalog` });
    await c.connect();
    return c;
  };
  const storeNames = async (prefix: string, store: string) => {
    const c = await pgOf(prefix);
    try {
      const { rows } = await c.query(
        'SELECT c.magento_id, cs.name FROM category_store cs JOIN category c ON c.id = cs.category_id JOIN store s ON s.id = cs.store_id WHERE s.code = $1 ORDER BY c.magento_id',
        [store],
      );
      return new Map(rows.map((r) => [r.magento_id as number, r.name as string | null]));
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    dbs = await createTestDatabases('catalogcat');
    await loadLumaDump(dbs.mysqlDatabase);
    const my = await mysql.createConnection({ uri: dbs.mysqlUrl, multipleStatements: true });
    const nameId = "(SELECT attribute_id FROM eav_attribute WHERE attribute_code = 'name' AND entity_type_id = (SELECT entity_type_id FROM eav_entity_type WHERE entity_type_code = 'catalog_category'))";
    await my.query(`
      SET FOREIGN_KEY_CHECKS = 0;
      INSERT INTO store (store_id, code, website_id, group_id, name, sort_order, is_active) VALUES (2, 'fr', 1, 1, 'French', 1, 1);
      INSERT INTO catalog_category_entity_varchar (attribute_id, store_id, entity_id, value) VALUES
        (${nameId}, 2, 3, 'Équipement'), (${nameId}, 2, 20, 'Femmes'), (${nameId}, 2, 4, NULL), (${nameId}, 99, 5, 'Ghost store');
      INSERT INTO catalog_category_entity (entity_id, attribute_set_id, parent_id, path, position, level, children_count) VALUES
        (500, 3, 9999, '1/9999/500', 1, 2, 1), (501, 3, 500, '1/9999/500/501', 1, 3, 0);
      INSERT INTO core_config_data (scope, scope_id, path, value) VALUES ('stores', 2, 'general/locale/code', 'fr_FR');
    `);
    await my.end();
    const base = { source: dbs.mysqlUrl, target: dbs.pgUrl, contexts: [catalogMigration], batchSize: 16 };
    explicit = await runMigration({ ...base, dbPrefix: `${dbs.pgPrefix}_x`, nullPolicy: 'explicit' });
    inherit = await runMigration({ ...base, dbPrefix: `${dbs.pgPrefix}_i`, nullPolicy: 'inherit' });
  });

  afterAll(async () => {
    await dbs?.cleanup();
  });

  it('rejects the orphan and its child as DANGLING_REFERENCE and loads the 40 others', () => {
    for (const r of [explicit, inherit]) {
      expect(r.status, r.error).toBe('completed');
      const cats = r.services[0].entities.find((e) => e.entity === 'categories')!;
      expect(cats).toMatchObject({ sourceCount: 42, sourceRows: 42, loaded: 40, rejected: 2, countsAddUp: true });
      expect(cats.rejectsByReason).toEqual({ DANGLING_REFERENCE: 2 });
      expect(cats.stats['eav.orphan_store_rows']).toBe(1);
      expect(cats.stats['scope.null_policy_differs']).toBe(1);
    }
  });

  it('gives each store view its own names, and the store view its locale', async () => {
    const fr = await storeNames(`${dbs.pgPrefix}_x`, 'fr');
    const en = await storeNames(`${dbs.pgPrefix}_x`, 'default');
    expect([fr.get(3), en.get(3)]).toEqual(['Équipement', 'Gear']);
    expect([fr.get(20), en.get(20)]).toEqual(['Femmes', 'Women']);
    expect([fr.get(5), en.get(5)]).toEqual(['Fitness Equipment', 'Fitness Equipment']);
    expect(fr.size).toBe(40);
    const c = await pgOf(`${dbs.pgPrefix}_x`);
    try {
      expect((await c.query("SELECT locale FROM store WHERE code = 'fr'")).rows).toEqual([{ locale: 'fr_FR' }]);
      expect((await c.query('SELECT name FROM category WHERE magento_id = 3')).rows).toEqual([{ name: 'Gear' }]);
      const { rows } = await c.query("SELECT source_key, reason FROM magemig.rejects WHERE entity = 'categories' ORDER BY source_key");
      expect(rows).toEqual([{ source_key: 'entity_id=500', reason: 'DANGLING_REFERENCE' }, { source_key: 'entity_id=501', reason: 'DANGLING_REFERENCE' }]);
    } finally {
      await c.end();
    }
  });

  it('applies the null policy to an explicit NULL store name', async () => {
    expect((await storeNames(`${dbs.pgPrefix}_x`, 'fr')).get(4)).toBeNull();
    expect((await storeNames(`${dbs.pgPrefix}_i`, 'fr')).get(4)).toBe('Bags');
  });

  it('serves each store view its tree over HTTP', async () => {
    const server = await buildHttpServer({ target: parseTarget(dbs.pgUrl), prefix: `${dbs.pgPrefix}_x`, services: [catalogService] });
    try {
      const names = async (store: string) => {
        const res = await server.app.inject({ method: 'GET', url: `/catalog/categories?store=${store}` });
        expect(res.statusCode).toBe(200);
        return (res.json() as { categories: Array<{ children: Array<{ name: string }> }> }).categories[0].children.map((c) => c.name);
      };
      expect(await names('fr')).toEqual(["What's New", 'Femmes', 'Men', 'Équipement', 'Collections', 'Training', 'Promotions', 'Sale']);
      expect(await names('default')).toContain('Women');
    } finally {
      await server.close();
    }
  });
});
