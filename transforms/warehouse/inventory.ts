/**
 * The warehouse's pages, mapped (pure): MSI sources (with carrier links), stocks (with their sources and sales
 * channels), or, on a store without MSI, the legacy stock as Magento's MSI installation makes it (source
 * `default`, stock 1 "Default Stock", every website sold from it); products with their stock items and parts;
 * source items; reservations.
 *
 * Rejects: NEGATIVE_QTY_NO_BACKORDERS (a negative quantity where backorders are off: the value is rejected and
 * loaded as no quantity), UNKNOWN_SKU (a source item whose SKU no product has), DANGLING_SOURCE (a source item or
 * stock link of a deleted source), and the product verdicts of the catalog (NO_SKU, DUPLICATE_SKU, ...).
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { warehouseContract as c } from '../../services/warehouse/index.ts';
import type {
  CarrierRow, LegacyStockRow, ReservationRow, SalesChannelRow, SourceItemRow, SourceRow, StockRow, StockSourceRow, WarehouseProductChildren, WarehouseProductRow, WebsiteCodeRow,
} from '../../sql/source/warehouse/index.ts';
import { productRejectReason, type SkuVerdicts } from '../catalog/product-verdicts.ts';
import { resolveItem, type StockConfig } from './stock-config.ts';

export const DEFAULT_SOURCE = 'default';
export const DEFAULT_STOCK = 1;
/** Types with source items (InventoryConfiguration: isSourceItemManagementAllowedForProductType). */
export const STOCKED_TYPES = new Set(['simple', 'virtual', 'downloadable']);

const sourceRow = (s: Omit<SourceRow, 'source_code'> & { source_code: string }, fromLegacy: boolean) => [
  entityUuid('source', s.source_code), s.source_code, s.name, Number(s.enabled) === 1, s.description, s.latitude, s.longitude, s.country_id,
  s.region_id === null ? null : Number(s.region_id), s.region, s.city, s.street, s.postcode, s.contact_name, s.email, s.phone, s.fax,
  Number(s.use_default_carrier_config) === 1, fromLegacy,
];

export function mapSourcePage(rows: readonly SourceRow[], carriers: readonly CarrierRow[]): Mapped {
  return {
    loadedRows: rows.length,
    tables: {
      source: { columns: c.source.columns, rows: rows.map((s) => sourceRow(s, false)) },
      source_carrier: { columns: c.source_carrier.columns, rows: carriers.map((x) => [x.source_code, x.carrier_code, x.position === null ? null : Number(x.position)]) },
    },
    rejects: [],
  };
}

export function mapStockPage(rows: readonly StockRow[], links: readonly StockSourceRow[], channels: readonly SalesChannelRow[]): Mapped {
  const rejects: Reject[] = [];
  const kept = links.filter((l) => {
    if (Number(l.source_exists) === 1) return true;
    rejects.push({ sourceKey: `stock_id=${l.stock_id},source_code=${l.source_code}`, reason: 'DANGLING_SOURCE', detail: 'the stock links a source that does not exist' });
    return false;
  });
  return {
    loadedRows: rows.length,
    tables: {
      stock: { columns: c.stock.columns, rows: rows.map((s) => [entityUuid('stock', Number(s.stock_id)), Number(s.stock_id), s.name]) },
      stock_source: { columns: c.stock_source.columns, rows: kept.map((l) => [Number(l.stock_id), l.source_code, Number(l.priority)]) },
      sales_channel: { columns: c.sales_channel.columns, rows: channels.map((x) => [x.type, x.code, Number(x.stock_id)]) },
    },
    rejects,
    ids: rows.map((s) => ['stock', Number(s.stock_id), entityUuid('stock', Number(s.stock_id))]),
  };
}

/** Without MSI: InventoryCatalog's installation (CreateDefaultSource, CreateDefaultStock, AssignSourceToStock, sales channels). */
export function mapLegacyStockPage(rows: readonly LegacyStockRow[], websites: readonly WebsiteCodeRow[]): Mapped {
  const one = rows.some((r) => Number(r.stock_id) === DEFAULT_STOCK);
  const empty = { description: null, latitude: null, longitude: null, region_id: null, region: null, city: null, street: null, contact_name: null, email: null, phone: null, fax: null };
  return {
    loadedRows: rows.length,
    tables: one
      ? {
        source: { columns: c.source.columns, rows: [sourceRow({ ...empty, source_code: DEFAULT_SOURCE, name: 'Default Source', enabled: 1, country_id: 'US', postcode: '00000', use_default_carrier_config: 1 }, true)] },
        stock: { columns: c.stock.columns, rows: [[entityUuid('stock', DEFAULT_STOCK), DEFAULT_STOCK, 'Default Stock']] },
        stock_source: { columns: c.stock_source.columns, rows: [[DEFAULT_STOCK, DEFAULT_SOURCE, 1]] },
        sales_channel: { columns: c.sales_channel.columns, rows: websites.map((w) => ['website', w.code, DEFAULT_STOCK]) },
      }
      : {},
    rejects: [],
    stats: { 'warehouse.legacy_stock_as_default_source': one ? 1 : 0 },
  };
}

export interface WarehouseProductsInput {
  verdicts: SkuVerdicts;
  config: StockConfig;
  /** false: the store has MSI, its source items come from inventory_source_item. */
  legacySourceItems: boolean;
  staged: boolean;
}

function group<T>(rows: readonly T[], key: (r: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
}

export function mapWarehouseProductPage(rows: readonly WarehouseProductRow[], ch: WarehouseProductChildren, ctx: WarehouseProductsInput, first: boolean): Mapped {
  const status = group(ch.status, (r) => Number(r.k));
  const items = group(ch.items, (r) => Number(r.product_id));
  const parts = { configurable: group(ch.superLinks, (r) => Number(r.owner)), grouped: group(ch.groupedLinks, (r) => Number(r.owner)), bundle: group(ch.bundleSelections, (r) => Number(r.owner)) };
  const out = { product: [] as unknown[][], product_part: [] as unknown[][], stock_item: [] as unknown[][], source_item: [] as unknown[][] };
  const rejects: Reject[] = [];
  for (const r of rows) {
    const entityId = Number(r.entity_id);
    const key = Number(r.row_key);
    const verdict = productRejectReason(entityId, r.sku, ctx.verdicts, ctx.staged ? key : undefined);
    if (verdict) {
      rejects.push({ sourceKey: `entity_id=${entityId}`, reason: verdict.reason, detail: verdict.detail });
      continue;
    }
    const id = entityUuid('product', entityId);
    const sku = r.sku as string;
    out.product.push([id, entityId, sku, r.type_id, (status.get(key) ?? []).some((s) => Number(s.value) === 1), Number(r.required_options) > 0]);
    const kind = r.type_id === 'configurable' || r.type_id === 'grouped' || r.type_id === 'bundle' ? r.type_id : null;
    if (kind) {
      const seen = new Set<string>();
      for (const p of parts[kind].get(key) ?? []) {
        const option = kind === 'bundle' ? Number(p.option_id) : 0;
        const k = `${option}/${p.child_id}`;
        if (seen.has(k)) continue;
        seen.add(k);
        out.product_part.push([id, kind, option, kind === 'bundle' ? Number(p.required) === 1 : true, Number(p.child_id)]);
      }
    }
    // The default stock's item (stock 1, website 0: the only one Magento 2 writes).
    const item = (items.get(entityId) ?? []).sort((a, b) => Number(a.stock_id !== 1) - Number(b.stock_id !== 1) || Number(a.item_id) - Number(b.item_id))[0];
    if (!item) continue;
    const resolved = resolveItem(item, ctx.config);
    let qty: string | null = item.qty === null ? null : String(item.qty);
    if (qty !== null && Number(qty) < 0 && resolved.backorders === 0) {
      rejects.push({ sourceKey: `item_id=${item.item_id},product_id=${entityId}`, reason: 'NEGATIVE_QTY_NO_BACKORDERS', detail: `qty ${qty} with backorders off: loaded as no quantity` });
      qty = null;
    }
    out.stock_item.push([
      id, Number(item.item_id), entityId, sku, qty, Number(item.is_in_stock) === 1, Number(item.is_qty_decimal) === 1, resolved.manageStock, resolved.minQty,
      resolved.minSaleQty, resolved.maxSaleQty, resolved.backorders, resolved.notifyStockQty, resolved.enableQtyIncrements, resolved.qtyIncrements,
      JSON.stringify(resolved.useConfig), String(item.min_qty),
    ]);
    // Without MSI, InventoryCatalog's UpdateInventorySourceItem: the legacy item is the default source's item.
    if (ctx.legacySourceItems && STOCKED_TYPES.has(r.type_id)) out.source_item.push([DEFAULT_SOURCE, sku, null, qty, Number(item.is_in_stock)]);
  }
  const config = first ? [...ctx.config.values].map(([path, v]) => [path, v.value, v.origin]) : [];
  return {
    loadedRows: out.product.length,
    tables: {
      stock_config: { columns: c.stock_config.columns, rows: config },
      product: { columns: c.product.columns, rows: out.product },
      product_part: { columns: c.product_part.columns, rows: out.product_part },
      stock_item: { columns: c.stock_item.columns, rows: out.stock_item },
      source_item: { columns: c.source_item.columns, rows: out.source_item },
    },
    rejects,
    ids: out.product.map((p) => ['product', p[1] as number, p[0] as string]),
  };
}

export function mapSourceItemPage(rows: readonly SourceItemRow[], ctx: { config: StockConfig; verdicts: SkuVerdicts }): Mapped {
  const out: unknown[][] = [];
  const rejects: Reject[] = [];
  const globalBackorders = Number(ctx.config.get('cataloginventory/item_options/backorders'));
  for (const s of rows) {
    const sourceKey = `source_item_id=${s.source_item_id}`;
    if (s.entity_id === null) {
      rejects.push({ sourceKey, reason: 'UNKNOWN_SKU', detail: `source '${s.source_code}' holds SKU '${s.sku}', which no product has` });
      continue;
    }
    if (Number(s.source_exists) !== 1) {
      rejects.push({ sourceKey, reason: 'DANGLING_SOURCE', detail: `source '${s.source_code}' does not exist` });
      continue;
    }
    const entityId = Number(s.entity_id);
    if (ctx.verdicts.noSku.has(entityId) || ctx.verdicts.duplicateOf.has(entityId)) {
      rejects.push({ sourceKey, reason: 'REJECTED_PRODUCT', detail: `the product of SKU '${s.sku}' is rejected (its SKU)` });
      continue;
    }
    let qty: string | null = String(s.quantity);
    const backorders = s.use_config_backorders === null || Number(s.use_config_backorders) === 1 ? globalBackorders : Number(s.backorders);
    if (Number(qty) < 0 && backorders === 0) {
      rejects.push({ sourceKey, reason: 'NEGATIVE_QTY_NO_BACKORDERS', detail: `quantity ${qty} with backorders off: loaded as no quantity` });
      qty = null;
    }
    out.push([s.source_code, s.sku, Number(s.source_item_id), qty, Number(s.status)]);
  }
  const loaded = rows.length - rejects.filter((r) => r.reason !== 'NEGATIVE_QTY_NO_BACKORDERS').length;
  return { loadedRows: loaded, tables: { source_item: { columns: c.source_item.columns, rows: out } }, rejects };
}

export function mapReservationPage(rows: readonly ReservationRow[]): Mapped {
  const out = rows.map((r) => {
    let metadata: unknown = null;
    let orderId: string | null = null;
    try {
      metadata = r.metadata === null ? null : JSON.parse(r.metadata);
      const m = metadata as Record<string, unknown> | null;
      if (m && m.object_type === 'order' && m.object_id !== undefined) orderId = String(m.object_id);
    } catch {
      metadata = { raw: r.metadata };
    }
    return [entityUuid('reservation', Number(r.reservation_id)), Number(r.reservation_id), Number(r.stock_id), r.sku, String(r.quantity), metadata === null ? null : JSON.stringify(metadata), orderId];
  });
  return { loadedRows: out.length, tables: { reservation: { columns: c.reservation.columns, rows: out } }, rejects: [] };
}
