/**
 * The location service on the real Luma 2.4.2 dump: its 249 countries and 858 regions (en_US names), the
 * allowed countries of a store that never set general/country/allow (Magento_Directory's config.xml list),
 * Luma's own general/region/state_required applied, and its currency rates exact.
 */
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locationMigration } from '../../pipeline/location/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import { CONFIG_XML_DEFAULTS } from '../../services/location/index.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { migrateAndServe } from '../content/service-support.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';

describe.skipIf(!lumaAvailable)('location service on the Luma dump', () => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let report: RunReport;
  let server: HttpServer;
  const src = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await my.query(sql, params))[0] as T[];
  const get = (url: string) => server.app.inject({ method: 'GET', url });
  const validate = async (payload: Record<string, unknown>) => (await server.app.inject({ method: 'POST', url: '/location/addresses/validate', payload })).json();

  beforeAll(async () => {
    dbs = await createTestDatabases('locluma');
    await loadLumaDump(dbs.mysqlDatabase);
    my = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
    ({ report, server } = await migrateAndServe(dbs, locationMigration, 500));
  });
  afterAll(async () => {
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it("loads Luma's 249 countries and 858 regions with their 858 en_US names, counts adding up", async () => {
    const by = Object.fromEntries(report.services[0].entities.map((e) => [e.entity, e]));
    expect(by.countries).toMatchObject({ sourceCount: 249, loaded: 249, rejected: 0 });
    expect(by.regions).toMatchObject({ sourceCount: 858, loaded: 858, rejected: 0 });
    expect(by.regions.stats).toEqual({ 'region_names.locale=en_US': 858 });
    expect(by.currency_rates).toMatchObject({ sourceCount: 4, loaded: 4 });
    expect(report.countsAddUp).toBe(true);
    expect(report.services[0].reconciliation?.balanced).toBe(true);
    const countries = (await get('/location/countries?store=default')).json().countries;
    expect(countries).toHaveLength(249);
    expect(countries.reduce((a: number, c: { regions: number }) => a + c.regions, 0)).toBe(858);
  });

  it("allows Magento_Directory's config.xml countries (Luma never set general/country/allow) and requires regions where Luma says", async () => {
    const [{ n }] = await src<{ n: number }>("SELECT COUNT(*) AS n FROM core_config_data WHERE path = 'general/country/allow'");
    expect(Number(n)).toBe(0);
    const codes = (await src<{ country_id: string }>('SELECT country_id FROM directory_country')).map((r) => r.country_id);
    const defaults = CONFIG_XML_DEFAULTS['general/country/allow'].split(',');
    const body = (await get('/location/countries?store=default')).json();
    expect(body.countries.filter((c: { allowed: boolean }) => c.allowed).map((c: { code: string }) => c.code).sort()).toEqual(codes.filter((c) => defaults.includes(c)).sort());
    const [{ value }] = await src<{ value: string }>("SELECT value FROM core_config_data WHERE path = 'general/region/state_required' AND scope = 'default'");
    expect(body.countries.filter((c: { region_required: boolean }) => c.region_required).map((c: { code: string }) => c.code).sort()).toEqual(value.split(',').filter((c) => codes.includes(c)).sort());
    const [{ tx }] = await src<{ tx: number }>("SELECT region_id AS tx FROM directory_country_region WHERE country_id = 'US' AND code = 'TX'");
    expect((await validate({ country_id: 'US', region_id: Number(tx), postcode: '73301', store: 'default' })).valid).toBe(true);
    expect((await validate({ country_id: 'US', postcode: '73301', store: 'default' })).errors.map((e: { code: string }) => e.code)).toEqual(['REQUIRED']);
    expect((await validate({ country_id: 'FR', postcode: '75001', store: 'default' })).valid).toBe(true);
    expect((await validate({ country_id: 'IE', store: 'default' })).valid).toBe(true);
  });

  it('lists the regions of every country as the source names them in en_US', async () => {
    const want = await src<{ country_id: string; names: string }>(`SELECT r.country_id, GROUP_CONCAT(IFNULL(n.name, r.default_name) ORDER BY r.region_id SEPARATOR '|') AS names
      FROM directory_country_region r LEFT JOIN directory_country_region_name n ON n.region_id = r.region_id AND n.locale = 'en_US' GROUP BY r.country_id ORDER BY r.country_id`);
    for (const w of want) {
      const got = (await get(`/location/countries/${w.country_id}/regions?locale=en_US`)).json().regions as Array<{ magento_id: number; name: string }>;
      expect(got.sort((a, b) => a.magento_id - b.magento_id).map((g) => g.name).join('|'), w.country_id).toBe(w.names);
    }
  });

  it('keeps the currency rates exact', async () => {
    expect((await get('/location/currency-rates')).json().rates).toEqual([
      { currency_from: 'EUR', currency_to: 'EUR', rate: '1.000000000000' }, { currency_from: 'EUR', currency_to: 'USD', rate: '1.415000000000' },
      { currency_from: 'USD', currency_to: 'EUR', rate: '0.706700000000' }, { currency_from: 'USD', currency_to: 'USD', rate: '1.000000000000' },
    ]);
  });
});
