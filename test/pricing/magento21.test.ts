/**
 * A Magento 2.1-shaped store (test/fixtures/magento21.ts: no MSI tables, tier prices without percentage_value,
 * catalog rule conditions PHP-serialized, row_id first in Enterprise's staged tables), Open Source and
 * Enterprise: pricing reads the serialized rules into the same structured conditions as 2.2+'s JSON, and the
 * warehouse turns the legacy stock into the default source and stock, equal to cataloginventory_stock_status.
 */
import mysql from 'mysql2/promise';
import pg from 'pg';
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTarget } from '../../core/postgres.ts';
import { seedSource } from '../../generator/index.ts';
import { pricingMigration } from '../../pipeline/pricing/index.ts';
import type { RunReport } from '../../pipeline/report.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { warehouseMigration } from '../../pipeline/warehouse/index.ts';
import { buildHttpServer, type HttpServer } from '../../services/kit/index.ts';
import { pricingService } from '../../services/pricing/index.ts';
import { warehouseService } from '../../services/warehouse/index.ts';
import { downgradeTo21 } from '../fixtures/magento21.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

describe.each(['opensource', 'commerce'] as const)('pricing and warehouse on Magento 2.1 (%s)', (edition) => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let report: RunReport;
  let server: HttpServer;
  beforeAll(async () => {
    dbs = await createTestDatabases(`m21pw${edition.slice(0, 2)}`);
    await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', edition, seed: 4 });
    my = await mysql.createConnection(dbs.mysqlUrl);
    await downgradeTo21(my, edition);
    report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [pricingMigration, warehouseMigration], batchSize: 8 });
    server = await buildHttpServer({ target: parseTarget(dbs.pgUrl), prefix: dbs.pgPrefix, services: [pricingService, warehouseService] });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it('migrates with every count adding up', () => {
    expect(report.status, report.error).toBe('completed');
    expect(report.countsAddUp).toBe(true);
  });

  it('reads PHP-serialized rule conditions into structured rules', async () => {
    const [raw] = await my.query('SELECT conditions_serialized AS c FROM catalogrule');
    for (const r of raw as Array<{ c: string }>) expect(r.c.startsWith('a:')).toBe(true);
    const rules = report.services[0].entities.find((e) => e.entity === 'catalog_rules')!;
    expect(rules.stats).toMatchObject({ 'catalog_rules.conditions_php': rules.loaded, 'catalog_rules.loaded_disabled': 1 });
    const db = new pg.Client({ connectionString: `${dbs.pgUrl}/${dbs.pgPrefix}_pricing` });
    await db.connect();
    try {
      const { rows } = await db.query("SELECT conditions->'conditions'->0->>'attribute' AS a FROM catalog_rule WHERE evaluable AND conditions->'conditions'->0 IS NOT NULL ORDER BY magento_id");
      expect(rows.map((r) => r.a)).toEqual(['category_ids', 'attribute_set_id', 'sku', 'color']);
      const { rows: tiers } = await db.query('SELECT count(*)::int AS n, count(percentage_value)::int AS pct FROM tier_price');
      expect(tiers[0].n).toBeGreaterThan(0);
      expect(tiers[0].pct).toBe(0);
      // The rules apply: some product's price comes from one.
      const { rows: skus } = await db.query("SELECT sku FROM product WHERE type = 'simple' ORDER BY magento_id");
      let ruled = 0;
      for (const { sku } of skus) {
        const res = await server.app.inject({ method: 'GET', url: `/pricing/prices/${sku}?at=2023-06-15` });
        if (res.json().rules_applied?.length) ruled++;
      }
      expect(ruled).toBeGreaterThan(0);
    } finally {
      await db.end();
    }
  });

  it('the legacy stock is the default source and stock, equal to cataloginventory_stock_status', async () => {
    const wh = report.services[1].entities;
    expect(wh.find((e) => e.entity === 'legacy_stock')).toMatchObject({ sourceCount: 1, loaded: 1 });
    expect(wh.find((e) => e.entity === 'source_items')).toMatchObject({ sourceCount: 0 });
    const [rows] = await my.query(`SELECT p.sku, s.qty, s.stock_status FROM cataloginventory_stock_status s JOIN catalog_product_entity p ON p.entity_id = s.product_id
      WHERE p.sku IS NOT NULL ${edition === 'commerce' ? 'AND p.created_in <= UNIX_TIMESTAMP() AND p.updated_in > UNIX_TIMESTAMP()' : ''}
        AND NOT EXISTS (SELECT 1 FROM catalog_product_entity d WHERE d.sku = p.sku AND d.entity_id < p.entity_id)`);
    const differences: string[] = [];
    for (const r of rows as Array<{ sku: string; qty: string; stock_status: number }>) {
      const got = (await server.app.inject({ method: 'GET', url: `/warehouse/stock/${encodeURIComponent(r.sku)}` })).json();
      if (got.is_salable !== (Number(r.stock_status) === 1) || !new Decimal(got.quantity).eq(r.qty)) differences.push(`${r.sku}: ${got.is_salable}/${got.quantity}, index ${r.stock_status}/${r.qty}`);
      if (got.sources.length && got.sources[0].code !== 'default') differences.push(`${r.sku}: source ${got.sources[0].code}`);
    }
    expect(differences).toEqual([]);
    expect((rows as unknown[]).length).toBeGreaterThan(40);
  });
});
