/**
 * The location service on a generated store (two websites, the second allowing other countries): every
 * country and region of the directory loaded (the region of a deleted country rejected), each store view's
 * allowed countries equal to an independent SQL reading of core_config_data's scope inheritance, each
 * country's regions named per locale as Magento's region collection names them, and addresses validated
 * by Magento's country, region and postcode rules.
 */
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityUuid } from '../../core/ids.ts';
import { ORPHAN_REGION_ID } from '../../generator/steps/directory.ts';
import { seedSource } from '../../generator/index.ts';
import { locationMigration } from '../../pipeline/location/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { migrateAndServe } from '../content/service-support.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

describe('location service on a generated store', () => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let report: RunReport;
  let server: HttpServer;
  const src = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await my.query(sql, params))[0] as T[];
  const get = (url: string) => server.app.inject({ method: 'GET', url });
  const validate = async (payload: Record<string, unknown>) => (await server.app.inject({ method: 'POST', url: '/location/addresses/validate', payload })).json();

  beforeAll(async () => {
    dbs = await createTestDatabases('locg');
    await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', force: true });
    my = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
    ({ report, server } = await migrateAndServe(dbs, locationMigration, 200));
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it("loads Magento's 249 countries and 858 regions; the region of a deleted country is rejected", () => {
    const by = Object.fromEntries(report.services[0].entities.map((e) => [e.entity, e]));
    expect(by.countries).toMatchObject({ sourceCount: 249, loaded: 249, rejected: 0, countsAddUp: true });
    expect(by.regions).toMatchObject({ sourceCount: 859, loaded: 858, rejected: 1, rejectsByReason: { COUNTRY_MISSING: 1 } });
    expect(by.regions.rejectExamples.COUNTRY_MISSING[0].sourceKey).toBe(`region_id=${ORPHAN_REGION_ID}`);
    expect(by.currency_rates).toMatchObject({ sourceCount: 4, loaded: 4 });
    expect(report.services[0].reconciliation?.balanced).toBe(true);
  });

  it("answers each store view's allowed countries as core_config_data's store > website > default inheritance gives them", async () => {
    const views = await src<{ code: string; allow: string }>(`SELECT s.code, COALESCE(
        (SELECT c.value FROM core_config_data c WHERE c.path = 'general/country/allow' AND c.scope = 'stores' AND c.scope_id = s.store_id),
        (SELECT c.value FROM core_config_data c WHERE c.path = 'general/country/allow' AND c.scope = 'websites' AND c.scope_id = s.website_id),
        (SELECT c.value FROM core_config_data c WHERE c.path = 'general/country/allow' AND c.scope = 'default' AND c.scope_id = 0)) AS allow
      FROM store s WHERE s.store_id > 0 ORDER BY s.store_id`);
    expect(new Set(views.map((v) => v.allow)).size).toBe(2);
    for (const v of views) {
      const body = (await get(`/location/countries?store=${v.code}`)).json();
      expect(body.countries).toHaveLength(249);
      expect(body.countries.filter((c: { allowed: boolean }) => c.allowed).map((c: { code: string }) => c.code).sort(), v.code).toEqual(v.allow.split(',').sort());
    }
    const us = (await get('/location/countries')).json().countries.find((c: { code: string }) => c.code === 'US');
    const [{ n }] = await src<{ n: number }>("SELECT COUNT(*) AS n FROM directory_country_region WHERE country_id = 'US'");
    expect(us).toMatchObject({ id: entityUuid('country', 'US'), iso3_code: 'USA', allowed: true, region_required: true, postcode_optional: false, regions: Number(n) });
    expect(Object.keys(us.formats).sort()).toEqual(['html', 'oneline']);
    expect((await get('/location/countries?store=nope')).statusCode).toBe(404);
  });

  it("names every country's regions per locale as Magento's region collection does (the locale's name, else the default name)", async () => {
    const withRegions = await src<{ country_id: string }>('SELECT DISTINCT r.country_id FROM directory_country_region r JOIN directory_country c ON c.country_id = r.country_id ORDER BY 1');
    expect(withRegions.length).toBeGreaterThan(20);
    for (const locale of ['en_US', 'fr_FR', 'de_DE']) {
      for (const { country_id } of withRegions) {
        const want = await src<{ region_id: number; code: string; name: string }>(`SELECT r.region_id, r.code, IFNULL(n.name, r.default_name) AS name FROM directory_country_region r
          LEFT JOIN directory_country_region_name n ON n.region_id = r.region_id AND n.locale = ? WHERE r.country_id = ? ORDER BY r.region_id`, [locale, country_id]);
        const got = (await get(`/location/countries/${country_id}/regions?locale=${locale}`)).json().regions;
        expect(got.map((g: { magento_id: number; code: string; name: string }) => [g.magento_id, g.code, g.name]).sort((a: number[], b: number[]) => a[0] - b[0]), `${country_id} ${locale}`)
          .toEqual(want.map((w) => [Number(w.region_id), w.code, w.name]));
      }
    }
    const fr = (await get('/location/countries/US/regions?locale=fr_FR')).json().regions;
    expect(fr.find((r: { code: string }) => r.code === 'CA').name).toBe('Californie');
    expect((await get('/location/countries/XX/regions')).statusCode).toBe(404);
  });

  it("validates addresses with Magento's country, region and postcode rules, per store view", async () => {
    const [{ ca }] = await src<{ ca: number }>("SELECT region_id AS ca FROM directory_country_region WHERE country_id = 'US' AND code = 'CA'");
    const [{ bay }] = await src<{ bay: number }>("SELECT region_id AS bay FROM directory_country_region WHERE country_id = 'DE' AND code = 'BAY'");
    const [{ second }] = await src<{ second: string }>('SELECT s.code AS second FROM store s WHERE s.website_id = 2 ORDER BY s.store_id LIMIT 1');
    const codes = (r: { errors: Array<{ field: string; code: string }> }) => r.errors.map((e) => `${e.field}:${e.code}`);
    expect(await validate({ country_id: 'US', region_id: Number(ca), postcode: '90210' })).toEqual({ valid: true, errors: [], warnings: [] });
    expect(codes(await validate({ country_id: 'US', postcode: '90210' }))).toEqual(['region_id:REQUIRED']);
    expect(codes(await validate({ country_id: 'US', region_id: Number(bay), postcode: '90210' }))).toEqual(['region_id:NOT_OF_COUNTRY']);
    expect(codes(await validate({ country_id: 'DE', region_id: Number(ca), postcode: '80331' }))).toEqual(['region_id:NOT_OF_COUNTRY']);
    expect((await validate({ country_id: 'DE', postcode: '80331' })).valid).toBe(true);
    expect(codes(await validate({ country_id: 'LU', postcode: '1234' }))).toEqual(['country_id:NOT_ALLOWED']);
    expect((await validate({ country_id: 'LU', postcode: '1234', store: second })).valid).toBe(true);
    expect(codes(await validate({ country_id: 'US', region_id: Number(ca), postcode: '90210', store: second }))).toEqual(['country_id:NOT_ALLOWED']);
    expect(codes(await validate({ country_id: 'GB' }))).toEqual(['postcode:REQUIRED']);
    expect((await validate({ country_id: 'IE' })).valid).toBe(true);
    expect((await validate({ country_id: 'HK', postcode: '' })).valid).toBe(true);
    const odd = await validate({ country_id: 'US', region_id: Number(ca), postcode: 'ABC' });
    expect([odd.valid, odd.warnings.map((w: { code: string }) => w.code)]).toEqual([true, ['FORMAT']]);
    expect(codes(await validate({ country_id: '' }))).toEqual(['country_id:REQUIRED']);
    expect(codes(await validate({ country_id: 'ZZ', postcode: '1' }))).toEqual(['country_id:NOT_ALLOWED']);
  });

  it('keeps currency rates as exact decimals', async () => {
    const want = await src<{ currency_from: string; currency_to: string; rate: string }>('SELECT currency_from, currency_to, CAST(rate AS CHAR) AS rate FROM directory_currency_rate ORDER BY 1, 2');
    expect((await get('/location/currency-rates')).json().rates).toEqual(want);
  });
});
