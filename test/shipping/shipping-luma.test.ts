/**
 * The shipping service on the real Luma 2.4.2 dump: its 9 table rates (price vs destination, US and two
 * regions), the table-rate carrier switched on in core_config_data and everything else at Magento's
 * config.xml defaults (flat rate 5.00 per item). Every destination x subtotal answers the row Magento's own
 * query picks on the dump; Luma's two orders were shipped by flat rate at 5.00 for their one item.
 */
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../pipeline/report.ts';
import { shippingMigration } from '../../pipeline/shipping/index.ts';
import type { HttpServer } from '../../services/kit/index.ts';
import { migrateAndServe } from '../content/service-support.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';
import { loadLumaDump, lumaAvailable } from '../support/luma.ts';
import { DESTINATIONS, FIGURES, magentoTablerate } from './support.ts';

describe.skipIf(!lumaAvailable)('shipping service on the Luma dump', () => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let report: RunReport;
  let server: HttpServer;
  const rates = (body: object) => server.app.inject({ method: 'POST', url: '/shipping/rates', payload: body });

  beforeAll(async () => {
    dbs = await createTestDatabases('shipluma');
    await loadLumaDump(dbs.mysqlDatabase);
    my = await mysql.createConnection({ uri: dbs.mysqlUrl, dateStrings: true });
    ({ report, server } = await migrateAndServe(dbs, shippingMigration, 100));
  });
  afterAll(async () => {
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it("loads Luma's 9 table rates and 2 carrier settings, no secrets, reconciled", () => {
    const by = Object.fromEntries(report.services[0].entities.map((e) => [e.entity, e]));
    expect(by.tablerates).toMatchObject({ sourceCount: 9, loaded: 9, rejected: 0 });
    expect(by.carrier_config).toMatchObject({ sourceCount: 2, loaded: 2, rejected: 0 });
    const rec = report.services[0].reconciliation!;
    expect(rec.balanced).toBe(true);
    expect(rec.rows.filter((r) => r.doc === 'table rates').map((r) => [r.currency, r.measure, r.source, r.target])).toEqual([['-', 'count', '9', '9'], ['USD', 'price', '120', '120'], ['USD', 'cost', '0', '0']]);
    expect(rec.notes[0]).toBe('No carrier secrets in the source settings.');
    expect(report.countsAddUp).toBe(true);
  });

  it("answers every destination and subtotal with the row Magento's query picks on the dump", async () => {
    let priced = 0;
    for (const d of DESTINATIONS) {
      for (const f of FIGURES) {
        const got = (await rates({ website: 'base', country_id: d.country, region_id: d.region, postcode: d.postcode, weight: '1', subtotal: f, item_count: 1 })).json();
        const want = await magentoTablerate(my, { website: 1, country: d.country, region: d.region, postcode: d.postcode, value: f, condition: 'package_value_with_discount' });
        const table = got.rates.find((r: { carrier: string }) => r.carrier === 'tablerate');
        expect([got.tablerate.magento_id, table?.price ?? null], `${JSON.stringify(d)} ${f}`).toEqual([want?.pk ?? null, want ? want.price : null]);
        if (want) priced++;
      }
    }
    expect(priced).toBe(7 * FIGURES.length);
    // Region 2 (Alaska) over 100: 10.00; elsewhere in the US below 50: 15.00.
    expect((await rates({ website: 'base', country_id: 'US', region_id: 2, weight: '1', subtotal: '120', item_count: 1 })).json().rates.find((r: { carrier: string }) => r.carrier === 'tablerate').price).toBe('10.0000');
  });

  it("prices flat rate as Luma's orders were shipped: 5.00 per item (Magento's default), free shipping off", async () => {
    const [orders] = await my.query('SELECT o.shipping_amount, o.total_qty_ordered, o.shipping_method FROM sales_order o ORDER BY o.entity_id');
    for (const o of orders as Array<{ shipping_amount: string; total_qty_ordered: string; shipping_method: string }>) {
      expect(o.shipping_method).toBe('flatrate_flatrate');
      const got = (await rates({ website: 'base', country_id: 'US', region_id: 12, weight: '1', subtotal: '30', item_count: Number(o.total_qty_ordered) })).json();
      expect(got.rates.find((r: { carrier: string }) => r.carrier === 'flatrate').price).toBe(o.shipping_amount);
      expect(got.rates.map((r: { carrier: string }) => r.carrier)).toEqual(['flatrate', 'tablerate']);
    }
  });
});
