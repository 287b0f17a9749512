/**
 * Typed names of the warehouse context's source queries (sql/source/warehouse/*.sql) and their rows.
 * Template vars (pipeline/warehouse/lookups.ts): {{key}} entity_id or row_id, {{raw:current}} the Commerce
 * current-version condition on p.
 */
import { defineQuery } from '../../query.ts';

export type CountRow = { n: number | string };

export interface SourceRow {
  source_code: string; name: string; enabled: number; description: string | null; latitude: string | null; longitude: string | null;
  country_id: string | null; region_id: number | null; region: string | null; city: string | null; street: string | null; postcode: string | null;
  contact_name: string | null; email: string | null; phone: string | null; fax: string | null; use_default_carrier_config: number;
}
export interface CarrierRow { source_code: string; carrier_code: string; position: number | null }
export interface StockRow { stock_id: number; name: string }
export interface StockSourceRow { stock_id: number; source_code: string; priority: number; source_exists: number }
export interface SalesChannelRow { type: string; code: string; stock_id: number }
export interface LegacyStockRow { stock_id: number; website_id: number; stock_name: string | null }
export interface WebsiteCodeRow { website_id: number; code: string }
export interface StockConfigRow { path: string; value: string | null }

export interface WarehouseProductRow { row_key: number; entity_id: number; sku: string | null; type_id: string; required_options: number }
export interface StatusRow { k: number; store_id: number; value: number | null }
export interface StockItemRow {
  item_id: number; product_id: number; stock_id: number; website_id: number; qty: string | null; is_in_stock: number; is_qty_decimal: number;
  manage_stock: number; use_config_manage_stock: number; min_qty: string; use_config_min_qty: number; min_sale_qty: string; use_config_min_sale_qty: number;
  max_sale_qty: string; use_config_max_sale_qty: number; backorders: number; use_config_backorders: number; notify_stock_qty: string | null;
  use_config_notify_stock_qty: number; enable_qty_increments: number; use_config_enable_qty_inc: number; qty_increments: string; use_config_qty_increments: number;
}
export interface PartRow { owner: number; child_id: number; option_id?: number; required?: number }
export interface WarehouseProductChildren {
  status: StatusRow[];
  items: StockItemRow[];
  superLinks: PartRow[];
  groupedLinks: PartRow[];
  bundleSelections: PartRow[];
}

export interface SourceItemRow {
  source_item_id: number; source_code: string; sku: string; quantity: string; status: number; entity_id: number | null; type_id: string | null;
  backorders: number | null; use_config_backorders: number | null; source_exists: number;
}
export interface ReservationRow { reservation_id: number; stock_id: number; sku: string; quantity: string; metadata: string | null }

export const sources = defineQuery<SourceRow>('source/warehouse/sources');
export const sourceCount = defineQuery<CountRow>('source/warehouse/source-count');
export const sourceCarriers = defineQuery<CarrierRow>('source/warehouse/source-carriers');
export const stocks = defineQuery<StockRow>('source/warehouse/stocks');
export const stockCount = defineQuery<CountRow>('source/warehouse/stock-count');
export const stockSources = defineQuery<StockSourceRow>('source/warehouse/stock-sources');
export const salesChannels = defineQuery<SalesChannelRow>('source/warehouse/sales-channels');
export const legacyStocks = defineQuery<LegacyStockRow>('source/warehouse/legacy-stocks');
export const legacyStockCount = defineQuery<CountRow>('source/warehouse/legacy-stock-count');
export const websiteCodes = defineQuery<WebsiteCodeRow>('source/warehouse/website-codes');
export const stockConfig = defineQuery<StockConfigRow>('source/warehouse/stock-config');
export const products = defineQuery<WarehouseProductRow>('source/warehouse/products');
export const productCount = defineQuery<CountRow>('source/warehouse/product-count');
export const productStatus = defineQuery<StatusRow>('source/warehouse/product-status');
export const productStockItems = defineQuery<StockItemRow>('source/warehouse/product-stock-items');
export const productSuperLinks = defineQuery<PartRow>('source/warehouse/product-super-links');
export const productGroupedLinks = defineQuery<PartRow>('source/warehouse/product-grouped-links');
export const productBundleSelections = defineQuery<PartRow>('source/warehouse/product-bundle-selections');
export const sourceItems = defineQuery<SourceItemRow>('source/warehouse/source-items');
export const sourceItemCount = defineQuery<CountRow>('source/warehouse/source-item-count');
export const reservations = defineQuery<ReservationRow>('source/warehouse/reservations');
export const reservationCount = defineQuery<CountRow>('source/warehouse/reservation-count');
