/**
 * The shipping service on generated stores (both editions): every table rate and carrier setting loaded,
 * the credentials among the settings rejected by name (never their values), and POST /shipping/rates
 * answering, for every destination x package figure, the row Magento's own table-rate query picks on the
 * source (test/shipping/support.ts), priced with the handling fee, next to the flat-rate and free-shipping
 * methods the settings give.
 */
import { Decimal } from 'decimal.js';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSource } from '../../generator/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import { shippingMigration } from '../../pipeline/shipping/index.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { migrateAndServe } from '../content/service-support.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { DESTINATIONS, FIGURES, magentoTablerate } from './support.ts';

describe.each([['opensource', 'tiny'], ['commerce', 'tiny']] as const)('shipping service on a generated %s store (%s: two websites)', (edition, profile) => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let target: pg.Client;
  let report: RunReport;
  let server: HttpServer;
  const src = async <T>(sql: string): Promise<T[]> => (await my.query(sql))[0] as T[];
  const rates = (body: object) => server.app.inject({ method: 'POST', url: '/shipping/rates', payload: body });

  beforeAll(async () => {
    dbs = await createTestDatabases(`ship${edition.slice(0, 3)}`);
    await seedSource({ source: dbs.mysqlUrl, profile, edition, force: true });
    my = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
    ({ report, server } = await migrateAndServe(dbs, shippingMigration, 7));
    target = new pg.Client({ connectionString: `${dbs.pgUrl}/${dbs.pgPrefix}_shipping` });
    await target.connect();
  }, 120_000);
  afterAll(async () => {
    await target?.end();
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it('loads every table rate and every setting but the six credentials, which the report names', async () => {
    const [{ n }] = await src<{ n: number }>('SELECT COUNT(*) AS n FROM shipping_tablerate');
    const by = Object.fromEntries(report.services[0].entities.map((e) => [e.entity, e]));
    expect(by.tablerates).toMatchObject({ sourceCount: Number(n), loaded: Number(n), rejected: 0 });
    expect(Number(n)).toBe(21);
    const [{ settings }] = await src<{ settings: number }>("SELECT COUNT(*) AS settings FROM core_config_data WHERE path LIKE 'carriers/%' OR path = 'currency/options/base'");
    expect(by.carrier_config).toMatchObject({ sourceCount: Number(settings), loaded: Number(settings) - 6, rejected: 6, countsAddUp: true });
    expect(by.carrier_config.rejectsByReason).toEqual({ SECRET_NOT_COPIED: 6 });
    const rec = report.services[0].reconciliation!;
    expect(rec.balanced).toBe(true);
    expect(rec.notes[0]).toMatch(/^Carrier secrets not copied \(6 settings\): /);
    for (const p of ['carriers/ups/username', 'carriers/ups/password (2 scopes)', 'carriers/fedex/account', 'carriers/fedex/key', 'carriers/usps/userid']) expect(rec.notes[0]).toContain(p);
    expect(rec.rows.filter((r) => r.doc === 'table rates').map((r) => [r.store, r.currency, r.measure, r.source])).toEqual([
      ['website 1', '-', 'count', '15'], ['website 1', 'USD', 'price', '317.75'], ['website 1', 'USD', 'cost', '17.25'],
      ['website 2', '-', 'count', '6'], ['website 2', 'USD', 'price', '71.7'], ['website 2', 'USD', 'cost', '28'],
    ]);
    // No value of a secret anywhere in the service's database.
    const { rows } = await target.query("SELECT count(*)::int AS n FROM carrier_config WHERE value LIKE '0:3:%' OR field ~ '(password|key|account|userid|username)'");
    expect(rows[0].n).toBe(0);
    const dump = JSON.stringify((await target.query('SELECT * FROM carrier_config')).rows);
    for (const s of await src<{ value: string }>("SELECT value FROM core_config_data WHERE value LIKE '0:3:%'")) expect(dump).not.toContain(s.value.slice(4));
  });

  it("answers the table rate Magento's own query picks on the source, for every destination and package value", async () => {
    let priced = 0;
    let none = 0;
    for (const [website, code, condition, field, fee] of [[1, 'base', 'package_value_with_discount', 'subtotal', '10'], [2, 'website_2', 'package_weight', 'weight', '0']] as const) {
      for (const d of DESTINATIONS) {
        for (const f of FIGURES) {
          const body = { website: code, country_id: d.country, region_id: d.region, postcode: d.postcode, weight: field === 'weight' ? f : '1', subtotal: field === 'subtotal' ? f : '10', item_count: 2 };
          const res = await rates(body);
          expect(res.statusCode, res.body).toBe(200);
          const got = res.json();
          const want = await magentoTablerate(my, { website, country: d.country, region: d.region, postcode: d.postcode, value: f, condition });
          const table = got.rates.find((r: { carrier: string }) => r.carrier === 'tablerate');
          expect(got.tablerate.magento_id, JSON.stringify(body)).toBe(want?.pk ?? null);
          if (want) {
            // Handling type P (percent) from the default scope; website 2 sets the fee to 0.
            const price = new Decimal(want.price).times(new Decimal(1).plus(new Decimal(fee).div(100)));
            expect([table.price, table.cost].map((x: string) => new Decimal(x).toFixed(4))).toEqual([price.toFixed(4), new Decimal(want.cost).toFixed(4)]);
            priced++;
          } else {
            expect(table).toBeUndefined();
            expect(got.errors.map((e: { carrier: string }) => e.carrier)).toContain('tablerate');
            none++;
          }
        }
      }
    }
    expect(priced).toBeGreaterThan(200);
    expect(none).toBeGreaterThan(5);
  });

  it('gives flat rate per item with its fee on website 1, per order on website 2; free shipping from 150 to US and CA only', async () => {
    const one = (await rates({ website: 'base', country_id: 'US', weight: '2', subtotal: '160', item_count: 3 })).json();
    expect(one.currency).toBe('USD');
    expect(one.rates.find((r: { carrier: string }) => r.carrier === 'flatrate')).toMatchObject({ price: '14.7500', cost: '14.7500', method: 'flatrate', carrier_title: 'Flat Rate', method_title: 'Fixed' });
    expect(one.rates.find((r: { carrier: string }) => r.carrier === 'freeshipping')).toMatchObject({ price: '0.0000', carrier_title: 'Free Shipping' });
    const below = (await rates({ website: 'base', country_id: 'US', weight: '2', subtotal: '149.99', item_count: 3 })).json();
    expect(below.rates.map((r: { carrier: string }) => r.carrier)).toEqual(['flatrate', 'tablerate']);
    const abroad = (await rates({ website: 'base', country_id: 'DE', weight: '2', subtotal: '500', item_count: 1 })).json();
    expect(abroad.errors).toContainEqual({ carrier: 'freeshipping', carrier_title: 'Free Shipping', message: 'This shipping method is not available. To use this shipping method, please contact us.' });
    const two = (await rates({ website: 'website_2', country_id: 'DE', weight: '21', subtotal: '500', item_count: 3 })).json();
    expect(two.rates).toEqual([
      { carrier: 'flatrate', carrier_title: 'Flat Rate', method: 'flatrate', method_title: 'Fixed', price: '11.2400', cost: '11.2400' },
      { carrier: 'tablerate', carrier_title: 'Best Way', method: 'bestway', method_title: 'Table Rate', price: '14.9000', cost: '6.0000' },
    ]);
    const carriers = (await server.app.inject('/shipping/carriers?website=website_2')).json();
    expect(carriers.carriers.flatrate).toMatchObject({ type: 'O', price: '9.99', handling_fee: '1.25', active: '1' });
    expect(carriers.carriers.ups).toEqual({ active: '0' });
    expect((await rates({ website: 'nowhere', country_id: 'US', weight: '1', subtotal: '1', item_count: 1 })).statusCode).toBe(404);
    expect((await rates({ website: 'base', country_id: 'USA', weight: '1', subtotal: '1', item_count: 1 })).statusCode).toBe(400);
    expect((await rates({ website: 'base', country_id: 'US', weight: '-1', subtotal: '1', item_count: 1 })).statusCode).toBe(400);
    expect((await server.app.inject('/shipping/openapi.json')).json().paths['/shipping/rates']).toBeDefined();
  });
});
