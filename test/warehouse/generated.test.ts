/**
 * The warehouse service on generated tiny stores with MSI (two sources, two stocks on two websites,
 * reservations, stock settings in core_config_data, planted dirt), Open Source and Adobe Commerce:
 *  - the default stock equals cataloginventory_stock_status (the legacy index the generator writes as Magento's
 *    indexer does), salable qty = its qty + reservations - min_qty;
 *  - the other stock equals an independent SQL reading of inventory_source_item, the source-stock links,
 *    enabled sources, the legacy item's settings and inventory_reservation (MSI's stock index and salable qty);
 *  - rejects are the planted dirt.
 */
import { Decimal } from 'decimal.js';
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTarget } from '../../core/postgres.ts';
import { seedSource } from '../../generator/index.ts';
import { expectedPriceStockDirt } from '../../generator/dirt.ts';
import type { RunReport } from '../../pipeline/report.ts';
import { runMigration } from '../../pipeline/run-migration.ts';
import { warehouseMigration } from '../../pipeline/warehouse/index.ts';
import { buildHttpServer, type HttpServer } from '../../services/kit/index.ts';
import { warehouseService } from '../../services/warehouse/index.ts';
import { createTestDatabases, type TestDatabases } from '../support/databases.ts';

type Row = Record<string, any>;

describe.each(['opensource', 'commerce'] as const)('warehouse on a generated tiny store with MSI (%s)', (edition) => {
  let dbs: TestDatabases;
  let my: mysql.Connection;
  let report: RunReport;
  let server: HttpServer;
  const q = async (sql: string, params: unknown[] = []): Promise<Row[]> => (await my.query(sql, params))[0] as Row[];
  const cur = edition === 'commerce' ? 'AND p.created_in <= UNIX_TIMESTAMP() AND p.updated_in > UNIX_TIMESTAMP()' : '';
  const get = async (url: string) => {
    const res = await server.app.inject({ method: 'GET', url });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    dbs = await createTestDatabases(`whgen${edition.slice(0, 2)}`);
    await seedSource({ source: dbs.mysqlUrl, profile: 'tiny', edition, seed: 9 });
    my = await mysql.createConnection(dbs.mysqlUrl);
    report = await runMigration({ source: dbs.mysqlUrl, target: dbs.pgUrl, dbPrefix: dbs.pgPrefix, contexts: [warehouseMigration], batchSize: 9 });
    server = await buildHttpServer({ target: parseTarget(dbs.pgUrl), prefix: dbs.pgPrefix, services: [warehouseService] });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await my?.end();
    await dbs?.cleanup();
  });

  it('loads MSI with counts adding up, the rejects being the planted dirt', async () => {
    expect(report.status, report.error).toBe('completed');
    expect(report.countsAddUp).toBe(true);
    // Reconciliation: every count and sum of the source equals the target plus what the rejects hold.
    const rec = report.services[0].reconciliation?.rows ?? [];
    expect(rec.length).toBeGreaterThan(1);
    expect(rec.filter((c) => !c.balanced)).toEqual([]);
    const e = Object.fromEntries(report.services[0].entities.map((x) => [x.entity, x]));
    const dirt = expectedPriceStockDirt('tiny');
    expect(e.legacy_stock.sourceCount).toBe(0);
    expect(e.sources).toMatchObject({ sourceCount: 2, loaded: 2 });
    expect(e.stocks).toMatchObject({ sourceCount: 2, loaded: 2 });
    const unknown = (await q(`SELECT COUNT(*) AS n FROM inventory_source_item si WHERE NOT EXISTS (SELECT 1 FROM catalog_product_entity p WHERE p.sku = si.sku ${cur})`))[0].n;
    expect(Number(unknown)).toBeGreaterThanOrEqual(dirt.sourceItemsOfUnknownSkus);
    expect(e.source_items.rejectsByReason).toEqual({ UNKNOWN_SKU: Number(unknown), NEGATIVE_QTY_NO_BACKORDERS: dirt.negativeQtyNoBackorders / 2 });
    expect(e.products.rejectsByReason).toMatchObject({ NEGATIVE_QTY_NO_BACKORDERS: dirt.negativeQtyNoBackorders / 2 });
    expect(e.reservations.loaded).toBeGreaterThan(0);
  });

  it('the default stock equals cataloginventory_stock_status; salable qty adds reservations and takes min_qty', async () => {
    const rows = await q(`SELECT p.sku, p.type_id, s.qty, s.stock_status, si.use_config_min_qty, si.min_qty,
        (SELECT COALESCE(SUM(r.quantity), 0) FROM inventory_reservation r WHERE r.stock_id = 1 AND r.sku = p.sku) AS res
      FROM catalog_product_entity p JOIN cataloginventory_stock_status s ON s.product_id = p.entity_id AND s.stock_id = 1
      JOIN cataloginventory_stock_item si ON si.product_id = p.entity_id AND si.stock_id = 1
      WHERE p.sku IS NOT NULL ${cur} AND NOT EXISTS (SELECT 1 FROM catalog_product_entity d WHERE d.sku = p.sku AND d.entity_id < p.entity_id) ORDER BY p.entity_id`);
    const cfgMin = (await q("SELECT value FROM core_config_data WHERE path = 'cataloginventory/item_options/min_qty' AND scope = 'default'"))[0]?.value ?? '0';
    const differences: string[] = [];
    let withReservations = 0;
    for (const r of rows) {
      const got = await get(`/warehouse/stock/${encodeURIComponent(r.sku)}`);
      if (got.is_salable !== (Number(r.stock_status) === 1) || !new Decimal(got.quantity).eq(r.qty)) differences.push(`${r.sku}: ${got.is_salable}/${got.quantity}, index ${r.stock_status}/${r.qty}`);
      if (['configurable', 'grouped', 'bundle'].includes(r.type_id)) continue;
      const min = Number(r.use_config_min_qty) === 1 ? cfgMin : r.min_qty;
      const expected = Number(r.stock_status) === 1 ? new Decimal(r.qty).plus(r.res).minus(min) : new Decimal(0);
      if (Number(r.res) !== 0) withReservations++;
      if (!new Decimal(got.salable_qty).eq(expected)) differences.push(`${r.sku}: salable ${got.salable_qty}, expected ${expected.toFixed()}`);
    }
    console.log(`[warehouse/generated ${edition}] default stock: ${rows.length} index rows compared, ${withReservations} with reservations: ${differences.length} differences${differences.length ? `\n  ${differences.join('\n  ')}` : ''}`);
    expect(rows.length).toBeGreaterThan(40);
    expect(withReservations).toBeGreaterThan(0);
    expect(differences).toEqual([]);
  });

  it('the other stock equals an independent reading of source items, links, settings and reservations', async () => {
    const cfg = Object.fromEntries((await q("SELECT path, value FROM core_config_data WHERE scope = 'default' AND path LIKE 'cataloginventory/item_options/%'")).map((r) => [r.path, r.value]));
    const cfgMin = cfg['cataloginventory/item_options/min_qty'] ?? '0';
    const cfgBackorders = Number(cfg['cataloginventory/item_options/backorders'] ?? 0);
    const rows = await q(`SELECT p.sku, x.qty_sum, x.in_stock_items, li.qty, li.min_qty, li.use_config_min_qty, li.backorders, li.use_config_backorders,
        li.manage_stock, li.use_config_manage_stock,
        (SELECT COALESCE(SUM(r.quantity), 0) FROM inventory_reservation r WHERE r.stock_id = 2 AND r.sku = p.sku) AS res
      FROM (SELECT si.sku, SUM(IF(si.status = 0, 0, si.quantity)) AS qty_sum, SUM(si.status <> 0) AS in_stock_items
              FROM inventory_source_item si JOIN inventory_source_stock_link l ON l.source_code = si.source_code AND l.stock_id = 2
              JOIN inventory_source s ON s.source_code = si.source_code AND s.enabled = 1 GROUP BY si.sku) x
      JOIN catalog_product_entity p ON p.sku = x.sku ${cur}
      LEFT JOIN cataloginventory_stock_item li ON li.product_id = p.entity_id AND li.stock_id = 1
      WHERE NOT EXISTS (SELECT 1 FROM catalog_product_entity d WHERE d.sku = p.sku AND d.entity_id < p.entity_id) ORDER BY p.entity_id`);
    const differences: string[] = [];
    let salableCount = 0;
    for (const r of rows) {
      const min = Number(r.use_config_min_qty) === 1 ? cfgMin : r.min_qty;
      const backordersOn = cfgBackorders === 0 ? Number(r.use_config_backorders) === 0 && Number(r.backorders) !== 0 : Number(r.use_config_backorders) === 1 || Number(r.backorders) !== 0;
      const backorders = backordersOn && (Number(r.min_qty) >= 0 || Number(r.qty) > Number(r.min_qty)) && Number(r.in_stock_items) > 0;
      const notManaged = Number(r.use_config_manage_stock) === 1 ? false : Number(r.manage_stock) === 0;
      const salable = backorders || notManaged || new Decimal(r.qty_sum).gt(min);
      if (salable) salableCount++;
      const expected = salable ? new Decimal(r.qty_sum).plus(r.res).minus(min) : new Decimal(0);
      const got = await get(`/warehouse/stock/${encodeURIComponent(r.sku)}?website=website_2`);
      expect(got.stock_id).toBe(2);
      if (got.is_salable !== salable || !new Decimal(got.salable_qty).eq(expected) || !new Decimal(got.quantity).eq(r.qty_sum)) {
        differences.push(`${r.sku}: ${got.is_salable}/${got.quantity}/${got.salable_qty}, expected ${salable}/${r.qty_sum}/${expected.toFixed()}`);
      }
      if (!new Decimal(got.reservations_qty).eq(r.res)) differences.push(`${r.sku}: reservations ${got.reservations_qty}, expected ${r.res}`);
    }
    console.log(`[warehouse/generated ${edition}] stock 2: ${rows.length} SKUs compared (${salableCount} salable): ${differences.length} differences${differences.length ? `\n  ${differences.join('\n  ')}` : ''}`);
    expect(rows.length).toBeGreaterThan(5);
    expect(differences).toEqual([]);
    // Sources come with their addresses and carriers; sales channels map websites to stocks.
    const sku = rows[0].sku;
    const answer = await get(`/warehouse/stock/${encodeURIComponent(sku)}?stock=2`);
    expect(answer.sources.map((s: { code: string }) => s.code)).toEqual(['eu_warehouse']);
  });
});
