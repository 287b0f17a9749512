/**
 * The warehouse context's verification: MSI sources and stocks (and which source feeds which stock), products
 * and their legacy stock items (quantity sums, sampled quantities and flags), source items (every SKU per
 * source, quantity per source), reservations (quantity per stock). The MSI entities need MSI's tables: on a
 * store without them the source holds none, and the legacy stock (cataloginventory_stock) is the stock.
 */
import * as q from '../../sql/verify/warehouse/index.ts';
import { tableVerifier } from '../table.ts';
import type { ContextVerify } from '../types.ts';

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const sku = (r: Record<string, unknown>): string | null => (r.sku === null || String(r.sku).trim() === '' ? null : String(r.sku));

const sources = tableVerifier({
  entity: 'sources',
  requires: ['inventory_source'],
  sourceKeys: q.sourcesKeys,
  targetKeys: q.targetSourcesKeys,
  keySets: [{ name: 'source code: name (enabled, country, postcode)', key: (r) => `${str(r.code)}: ${str(r.name)} (${Number(r.enabled) ? 1 : 0}, ${str(r.country_id)}, ${str(r.postcode)})` }],
  label: (r) => `source_code=${str(r.code)}`,
});

const stocks = tableVerifier({
  entity: 'stocks',
  requires: ['inventory_stock', 'inventory_source_stock_link'],
  targetOnlyWhenApplies: true,
  sourceKeys: q.stocksKeys,
  targetKeys: q.targetStocksKeys,
  keySets: [
    { name: 'stock id: name', key: (r) => `${str(r.id)}: ${str(r.name)}` },
    { name: 'stock < source (priority)', key: (r) => `${str(r.id)} < ${str(r.source_code)} (${str(r.priority)})`, source: q.stockSources, target: q.targetStockSources },
  ],
  label: (r) => `stock_id=${str(r.id)}`,
});

// A store without MSI: its legacy stock becomes stock 1 fed by a source 'default' (from_legacy).
const legacyStock = tableVerifier({
  entity: 'legacy_stock',
  requires: ['cataloginventory_stock'],
  unless: ['inventory_source', 'inventory_source_item'],
  targetOnlyWhenApplies: true,
  sourceKeys: q.legacyStocksKeys,
  targetKeys: q.targetStocksKeys,
  keySets: [
    // The name is MSI's for its default stock ("Default Stock"), not the legacy row's: the id is compared.
    { name: 'stock id', key: (r) => str(r.id) },
    { name: 'stock < source (priority)', key: (r) => `${str(r.id)} < ${str(r.source_code)} (${str(r.priority)})`, source: q.legacyStockSources, target: q.targetLegacySources },
  ],
  label: (r) => `stock_id=${str(r.id)}`,
});

const products = tableVerifier({
  entity: 'products',
  sourceKeys: q.productsKeys,
  targetKeys: q.targetProductsKeys,
  keySets: [{ name: 'sku', key: sku }],
  label: (r) => `sku=${str(r.sku)}`,
  measures: [{ source: q.stockItemQty, target: q.targetStockItemQty }],
  fields: [{ source: q.stockItemFields, target: q.targetStockItemFields }],
  sampleFrom: 'product',
});

const sourceItems = tableVerifier({
  entity: 'source_items',
  requires: ['inventory_source_item'],
  sourceKeys: q.sourceItemsKeys,
  targetKeys: q.targetSourceItemsKeys,
  keySets: [{ name: 'sku per source', key: (r) => (sku(r) === null ? null : `${str(r.sku)}@${str(r.source_code)}`) }],
  label: (r) => `sku=${str(r.sku)},source=${str(r.source_code)}`,
  measures: [{ source: q.sourceItemQty, target: q.targetSourceItemQty }],
  fields: [{ source: q.sourceItemFields, target: q.targetSourceItemFields }],
  sampleFrom: 'source_item',
});

const reservations = tableVerifier({
  entity: 'reservations',
  requires: ['inventory_reservation'],
  sourceKeys: q.reservationsKeys,
  targetKeys: q.targetReservationsKeys,
  keySets: [{ name: 'reservation id', key: (r) => str(r.id) }],
  label: (r) => `reservation_id=${str(r.id)},sku=${str(r.sku)}`,
  measures: [{ source: q.reservationQty, target: q.targetReservationQty }],
  fields: [{ source: q.reservationFields, target: q.targetReservationFields }],
  sampleFrom: 'reservation',
});

export const warehouseVerify: ContextVerify = { entities: [sources, stocks, legacyStock, products, sourceItems, reservations] };
