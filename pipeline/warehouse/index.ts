/**
 * The warehouse context's migration: the service it fills (services/warehouse) and its entities in load
 * order. MSI entities run where MSI's tables exist; otherwise the legacy stock becomes the default source
 * and stock (and its items the default source's items, written with the products).
 */
import { readStockConfig, readWebsiteCodes } from '../../extractors/warehouse/lookups.ts';
import type { SourceContext } from '../../extractors/source.ts';
import { stockFacts, warehouseService, warehouseContract as c } from '../../services/warehouse/index.ts';
import * as q from '../../sql/source/warehouse/index.ts';
import type { SourceRow, StockRow, WarehouseProductChildren, WarehouseProductRow } from '../../sql/source/warehouse/index.ts';
import {
  mapLegacyStockPage, mapReservationPage, mapSourceItemPage, mapSourcePage, mapStockPage, mapWarehouseProductPage, type WarehouseProductsInput,
} from '../../transforms/warehouse/inventory.ts';
import { resolveStockConfig, type StockConfig } from '../../transforms/warehouse/stock-config.ts';
import type { SqlQuery } from '../../sql/query.ts';
import type { TemplateVars } from '../../sql/template.ts';
import { skuVerdictsOf, SKU_VERDICT_READS } from '../catalog/lookups.ts';
import { declaredEntity } from '../declared-entity.ts';
import { columnOf } from '../mapped-columns.ts';
import { attributeCatalogOf, EAV_ATTRIBUTE_READS } from '../eav-lookups.ts';
import { warehouseVerify } from '../../verify/warehouse/index.ts';
import type { ContextMigration } from '../types.ts';
import { hasMsi, onlyWhen } from './optional.ts';
import { reconcileWarehouse } from './reconcile.ts';

const WHOLE = 100_000;
const CURRENT = (a: string) => `AND ${a}.created_in <= :version AND ${a}.updated_in > :version`;

function warehouseVars(src: Pick<SourceContext, 'edition' | 'schema'>): TemplateVars {
  const staged = src.edition === 'commerce';
  return { schema: src.schema, idents: { key: staged ? 'row_id' : 'entity_id' }, raw: { current: staged ? CURRENT('p') : '', current_q: staged ? CURRENT('q') : '' } };
}
const versionParams = (src: SourceContext) => ({ version: src.options.stagingVersion });

function stockConfigOf(src: SourceContext): Promise<StockConfig> {
  return src.memo('warehouse.stockConfig', async () => resolveStockConfig(await readStockConfig(src.conn, src.schema)));
}

const sources = declaredEntity<SourceRow, undefined, { carriers: q.CarrierRow[] }>('warehouse', {
  entity: 'sources',
  page: q.sources,
  key: { columns: ['s.source_code'], of: (r) => String(r.source_code) },
  count: q.sourceCount,
  pageSize: WHOLE,
  children: { carriers: { query: q.sourceCarriers, by: (r) => r.source_code, when: (schema) => schema.hasTable('inventory_source_carrier_link') } },
  map: (page) => mapSourcePage(page.rows, page.children.carriers),
  writes: [c.source, c.source_carrier],
  primaryTable: 'source',
  // The read model: a source's lines and enabled flag are in every SKU's facts.
  project: () => [stockFacts.refreshBuilt()],
});

const stocks = declaredEntity<StockRow, undefined, { links: q.StockSourceRow[]; channels: q.SalesChannelRow[] }>('warehouse', {
  entity: 'stocks',
  page: q.stocks,
  key: { columns: ['s.stock_id'], of: (r) => Number(r.stock_id) },
  count: q.stockCount,
  pageSize: WHOLE,
  children: {
    links: { query: q.stockSources, by: (r) => r.stock_id },
    channels: { query: q.salesChannels, by: (r) => r.stock_id, when: (schema) => schema.hasTable('inventory_stock_sales_channel') },
  },
  map: (page) => mapStockPage(page.rows, page.children.links, page.children.channels),
  writes: [c.stock, c.stock_source, c.sales_channel],
  primaryTable: 'stock',
  project: () => [stockFacts.refreshBuilt()],
});

const legacyStock = declaredEntity<q.LegacyStockRow, q.WebsiteCodeRow[], object>('warehouse', {
  entity: 'legacy_stock',
  page: q.legacyStocks,
  key: { columns: ['s.stock_id'], of: (r) => Number(r.stock_id) },
  count: q.legacyStockCount,
  pageSize: WHOLE,
  lookups: [q.websiteCodes],
  prepare: (src) => readWebsiteCodes(src.conn),
  map: (page, websites) => mapLegacyStockPage(page.rows, websites),
  writes: [c.source, c.stock, c.stock_source, c.sales_channel],
  project: () => [stockFacts.refreshBuilt()],
});

const range = (query: SqlQuery<unknown>) => ({ query, by: 'range' as const });

async function productsInput(src: SourceContext): Promise<WarehouseProductsInput & { statusAttribute: number }> {
  const attrs = await attributeCatalogOf(src, 'catalog_product');
  return {
    verdicts: await skuVerdictsOf(src),
    config: await stockConfigOf(src),
    legacySourceItems: !hasMsi(src.schema),
    staged: src.edition === 'commerce',
    statusAttribute: attrs.byCode.get('status')?.attributeId ?? 0,
  };
}

const products = declaredEntity<WarehouseProductRow, Awaited<ReturnType<typeof productsInput>>, WarehouseProductChildren>('warehouse', {
  entity: 'products',
  page: q.products,
  key: (src) => ({ columns: [src.edition === 'commerce' ? 'p.row_id' : 'p.entity_id'], of: (r) => Number(r.row_key) }),
  count: q.productCount,
  maxBatch: 5000,
  connections: 3,
  children: {
    status: range(q.productStatus),
    items: { query: q.productStockItems, by: (r) => Number(r.entity_id) },
    superLinks: range(q.productSuperLinks),
    groupedLinks: range(q.productGroupedLinks),
    bundleSelections: range(q.productBundleSelections) as { query: SqlQuery<unknown>; by: 'range' },
  },
  lookups: [q.stockConfig, ...SKU_VERDICT_READS, ...EAV_ATTRIBUTE_READS],
  prepare: productsInput,
  params: versionParams,
  contextParams: (_src, ctx) => ({ status_attribute: ctx.statusAttribute }),
  vars: warehouseVars,
  map: (page, ctx) => mapWarehouseProductPage(page.rows, page.children, ctx, page.first),
  writes: [c.stock_config, c.product, c.product_part, c.stock_item, c.source_item],
  primaryTable: 'product',
  // The read model's facts of the batch's SKUs and of the composites they are parts of; the settings (written
  // with the first page) are in every SKU's facts. A composite's facts read its parts' rows: exact because the
  // batches commit one after the other (this entity declares no `bounds`: parallel key ranges would let a
  // part's batch and its composite's batch each miss the other's uncommitted rows).
  project: (_page, mapped) => [
    ...(columnOf(mapped, 'stock_config', 'path').length > 0 ? [stockFacts.refreshBuilt()] : []),
    stockFacts.refresh([...columnOf(mapped, 'product', 'sku'), ...columnOf(mapped, 'source_item', 'sku')]),
  ],
});

const sourceItems = declaredEntity<q.SourceItemRow, { config: StockConfig; verdicts: Awaited<ReturnType<typeof skuVerdictsOf>> }, object>('warehouse', {
  entity: 'source_items',
  page: q.sourceItems,
  key: { columns: ['si.source_item_id'], of: (r) => Number(r.source_item_id) },
  count: q.sourceItemCount,
  lookups: [q.stockConfig, ...SKU_VERDICT_READS],
  prepare: async (src) => ({ config: await stockConfigOf(src), verdicts: await skuVerdictsOf(src) }),
  params: versionParams,
  vars: warehouseVars,
  map: (page, ctx) => mapSourceItemPage(page.rows, ctx),
  writes: [c.source_item],
  project: (_page, mapped) => [stockFacts.refresh(columnOf(mapped, 'source_item', 'sku'))],
});

const reservations = declaredEntity<q.ReservationRow, undefined, object>('warehouse', {
  entity: 'reservations',
  page: q.reservations,
  key: { columns: ['r.reservation_id'], of: (r) => Number(r.reservation_id) },
  count: q.reservationCount,
  map: (page) => mapReservationPage(page.rows),
  writes: [c.reservation],
  primaryTable: 'reservation',
  // The read model's reservation totals of the batch's (stock, SKU) pairs, recomputed from the rows.
  project: (_page, mapped) => {
    const stocks = columnOf(mapped, 'reservation', 'stock_id');
    return [stockFacts.refreshTotals(columnOf(mapped, 'reservation', 'sku').map((sku, i) => [Number(stocks[i]), sku] as const))];
  },
});


export const warehouseMigration: ContextMigration = {
  name: 'warehouse',
  service: warehouseService,
  entities: [
    onlyWhen(hasMsi, sources),
    onlyWhen(hasMsi, stocks),
    onlyWhen((s) => !hasMsi(s), legacyStock),
    // Source items before products: their batches then find no product to build facts for (a first run's
    // refresh is empty), and each product's facts are built once, with its source lines already there. In
    // the other order every SKU's facts were built twice (refresh_stock_facts was 3.0 of the 5.6 s of `medium`).
    onlyWhen(hasMsi, sourceItems),
    products,
    onlyWhen((s) => s.hasTable('inventory_reservation'), reservations),
  ],
  reconcile: reconcileWarehouse,
  verify: warehouseVerify,
};
