/**
 * Categories and the store tree on generated `tiny` stores (3 store views on 2 websites, store-level names,
 * url keys, active flags and descriptions, explicit NULL store rows), Open Source and Adobe Commerce: every
 * category in every store view is checked against an independent reading of the source in SQL.
 */
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTarget } from '../../core/postgres.ts';
import { seedSource } from '../../generator/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import type { NullPolicy } from '../../pipeline/types.ts';
import { catalogMigration } from '../../pipeline/catalog/index.ts';
import { catalogService } from '../../services/catalog/index.ts';
import { buildHttpServer } from '../../services/kit/index.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

const CODES = ['name', 'url_key', 'is_active', 'description'] as const;
type Seen = Record<(typeof CODES)[number], string | null>;

/**
 * What each store view shows, straight from the source: the store row when there is one (under 'inherit' only
 * when its value is not NULL), else the default row. Commerce: the version current now, values on row_id.
 */
async function expectedFromSource(my: mysql.Connection, commerce: boolean, policy: NullPolicy): Promise<Map<string, Seen>> {
  const key = commerce ? 'row_id' : 'entity_id';
  const current = commerce ? 'AND e.created_in <= UNIX_TIMESTAMP() AND e.updated_in > UNIX_TIMESTAMP()' : '';
  const pick = (t: string) => (policy === 'explicit' ? `IF(s_${t}.value_id IS NOT NULL, s_${t}.value, d_${t}.value)` : `COALESCE(s_${t}.value, d_${t}.value)`);
  const tables: Record<string, string> = { name: 'varchar', url_key: 'varchar', is_active: 'int', description: 'text' };
  const joins = CODES.map((c) => {
    const attr = `(SELECT attribute_id FROM eav_attribute WHERE attribute_code = '${c}' AND entity_type_id = 3)`;
    const table = `catalog_category_entity_${tables[c]}`;
    return `LEFT JOIN ${table} d_${c} ON d_${c}.${key} = e.${key} AND d_${c}.store_id = 0 AND d_${c}.attribute_id = ${attr}
            LEFT JOIN ${table} s_${c} ON s_${c}.${key} = e.${key} AND s_${c}.store_id = s.store_id AND s_${c}.attribute_id = ${attr}`;
  }).join('\n');
  const [rows] = await my.query(
    `SELECT e.entity_id, s.code, ${CODES.map((c) => `${pick(c)} AS ${c}`).join(', ')}
       FROM catalog_category_entity e JOIN store s ON s.store_id > 0
       ${joins}
      WHERE 1 = 1 ${current}`,
  );
  const out = new Map<string, Seen>();
  for (const r of rows as Array<Record<string, unknown>>) {
    out.set(`${r.entity_id}:${r.code}`, {
      name: r.name as string | null, url_key: r.url_key as string | null, description: r.description as string | null,
      is_active: r.is_active === null ? null : String(Number(r.is_active) !== 0),
    });
  }
  return out;
}

async function migrated(pgUrl: string, prefix: string): Promise<Map<string, Seen>> {
  const c = new pg.Client({ connectionString: `${pgUrl}/${prefix}_catalog` });
  await c.connect();
  try {
    const { rows } = await c.query(
      `SELECT c.magento_id, s.code, cs.name, cs.url_key, cs.is_active::text AS is_active, cs.description
         FROM category_store cs JOIN category c ON c.id = cs.category_id JOIN store s ON s.id = cs.store_id`,
    );
    return new Map(rows.map((r) => [`${r.magento_id}:${r.code}`, { name: r.name, url_key: r.url_key, is_active: r.is_active, description: r.description }]));
  } finally {
    await c.end();
  }
}

for (const edition of ['opensource', 'commerce'] as const) {
  describe(`catalog store tree and categories on a generated tiny ${edition} store`, () => {
    let dbs: TestDatabases;
    let my: mysql.Connection;
    const reports = new Map<NullPolicy, RunReport>();
    const prefix = (policy: NullPolicy) => `${dbs.pgPrefix}_${policy[0]}`;

    beforeAll(async () => {
      dbs = await createTestDatabases(`cattiny${edition.slice(0, 2)}`);
      await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', edition, seed: 7 });
      my = await mysql.createConnection(dbs.mysqlUrl);
      const policies: NullPolicy[] = edition === 'opensource' ? ['explicit', 'inherit'] : ['explicit'];
      for (const nullPolicy of policies) {
        reports.set(nullPolicy, await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: prefix(nullPolicy), contexts: [catalogMigration], nullPolicy, batchSize: 4 }));
      }
    });

    afterAll(async () => {
      await my?.end();
      await dbs?.cleanup();
    });

    it('loads 2 websites, 2 groups and 3 store views, with locales and currencies from core_config_data', async () => {
      const r = reports.get('explicit')!;
      expect(r.status, r.error).toBe('completed');
      expect(r.countsAddUp).toBe(true);
      const c = new pg.Client({ connectionString: `${dbs.pgUrl}/${prefix('explicit')}_catalog` });
      await c.connect();
      try {
        expect((await c.query('SELECT code FROM website ORDER BY magento_id')).rows.map((w) => w.code)).toEqual(['base', 'website_2']);
        expect(Number((await c.query('SELECT count(*) AS n FROM store_group')).rows[0].n)).toBe(2);
        const stores = (await c.query('SELECT s.code, w.code AS website, s.locale, s.base_currency, s.is_active FROM store s JOIN website w ON w.id = s.website_id ORDER BY s.magento_id')).rows;
        expect(stores).toEqual([
          { code: 'default', website: 'base', locale: 'en_US', base_currency: 'USD', is_active: true },
          { code: 'fr', website: 'base', locale: 'fr_FR', base_currency: 'USD', is_active: true },
          { code: 'de', website: 'website_2', locale: 'de_DE', base_currency: 'USD', is_active: false },
        ]);
        // The display currency is configured per website (core_config_data, websites scope).
        const display = (await c.query('SELECT code, default_display_currency FROM store ORDER BY magento_id')).rows.map((s) => s.default_display_currency);
        expect(display).toEqual(['USD', 'USD', 'EUR']);
      } finally {
        await c.end();
      }
      const websites = r.services[0].entities.find((e) => e.entity === 'websites')!;
      expect(websites.stats['stores.no_core_config_data']).toBeUndefined();
      const cats = r.services[0].entities.find((e) => e.entity === 'categories')!;
      expect(cats).toMatchObject({ sourceCount: 12, loaded: 12, rejected: 0, batches: 3 });
    });

    it('shows every category in every store view as the source says, under each null policy', async () => {
      for (const policy of reports.keys()) {
        const expected = await expectedFromSource(my, edition === 'commerce', policy);
        const actual = await migrated(dbs.pgUrl, prefix(policy));
        expect(actual.size).toBe(36);
        expect(actual).toEqual(expected);
      }
    });

    it('gives store views their own names where the generator overrides them', async () => {
      const seen = await migrated(dbs.pgUrl, prefix('explicit'));
      const c = new pg.Client({ connectionString: `${dbs.pgUrl}/${prefix('explicit')}_catalog` });
      await c.connect();
      const defaults = new Map((await c.query('SELECT magento_id, name FROM category')).rows.map((r) => [r.magento_id as number, r.name as string]));
      await c.end();
      // The generator's store-level names are "<default name> [<store code>]".
      const differing = [...seen].filter(([k, v]) => v.name !== defaults.get(Number(k.split(':')[0])));
      expect(differing.length).toBeGreaterThan(0);
      for (const [k, v] of differing) expect(v.name, k).toBe(`${defaults.get(Number(k.split(':')[0]))} [${k.split(':')[1]}]`);
      const server = await buildHttpServer({ target: parseTarget(dbs.pgUrl), prefix: prefix('explicit'), services: [catalogService] });
      try {
        const names = async (store: string): Promise<string[]> => {
          const res = await server.app.inject({ method: 'GET', url: `/catalog/categories?store=${store}` });
          expect(res.statusCode).toBe(200);
          type Node = { name: string; children: Node[] };
          const walk = (n: Node[]): string[] => n.flatMap((c) => [c.name, ...walk(c.children)]);
          return walk((res.json() as { categories: Node[] }).categories);
        };
        const [en, fr, de] = [await names('default'), await names('fr'), await names('de')];
        expect(en).toHaveLength(11); // Default Category and the 10 generated ones, not the Root Catalog
        expect(fr).toHaveLength(11);
        expect(de).toHaveLength(11);
        expect(fr).not.toEqual(en);
        expect(fr.some((n) => n.endsWith(' [fr]'))).toBe(true);
      } finally {
        await server.close();
      }
    });
  });
}
