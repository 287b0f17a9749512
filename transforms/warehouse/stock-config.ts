/**
 * Legacy stock settings: cataloginventory/item_options/* (and options/*) at the default scope, else the value
 * Magento ships in Magento/CatalogInventory/etc/config.xml; and each stock item's use_config_* flags resolved
 * against them as Magento\CatalogInventory\Model\Stock\Item's getters do. Pure.
 */
import { unserialize } from 'php-serialize';
import type { StockConfigRow, StockItemRow } from '../../sql/source/warehouse/index.ts';

export const STOCK_DEFAULTS: Readonly<Record<string, string>> = {
  'cataloginventory/item_options/manage_stock': '1',
  'cataloginventory/item_options/backorders': '0',
  'cataloginventory/item_options/max_sale_qty': '10000',
  'cataloginventory/item_options/min_sale_qty': '1',
  'cataloginventory/item_options/min_qty': '0',
  'cataloginventory/item_options/notify_stock_qty': '1',
  'cataloginventory/item_options/enable_qty_increments': '0',
  'cataloginventory/item_options/qty_increments': '1',
  'cataloginventory/item_options/auto_return': '0',
  'cataloginventory/options/can_subtract': '1',
  'cataloginventory/options/can_back_in_stock': '1',
  'cataloginventory/options/show_out_of_stock': '0',
  'cataloginventory/options/stock_threshold_qty': '0',
};

export interface StockConfig {
  /** path -> [value, origin] for every known path and any other stored one. */
  values: Map<string, { value: string; origin: 'core_config_data' | 'magento default' }>;
  get(path: string): string;
}

export function resolveStockConfig(rows: readonly StockConfigRow[]): StockConfig {
  const values = new Map<string, { value: string; origin: 'core_config_data' | 'magento default' }>();
  for (const [path, value] of Object.entries(STOCK_DEFAULTS)) values.set(path, { value, origin: 'magento default' });
  for (const r of rows) if (r.value !== null) values.set(r.path, { value: r.value, origin: 'core_config_data' });
  return { values, get: (path) => values.get(path)?.value ?? STOCK_DEFAULTS[path] ?? '' };
}

/**
 * min_sale_qty may be one number or, per customer group (Magento\CatalogInventory\Helper\Minsaleqty), a JSON or
 * PHP-serialized map; the item carries the value for all groups (32000), else NOT LOGGED IN (0), else the first.
 */
export function minSaleQtyOf(value: string): string {
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return v;
  let map: unknown = null;
  try {
    map = JSON.parse(v);
  } catch {
    try {
      map = unserialize(v);
    } catch {
      return '1';
    }
  }
  if (typeof map === 'number') return String(map);
  if (!map || typeof map !== 'object') return '1';
  const entries = Object.values(map as Record<string, unknown>).map((e) => (e && typeof e === 'object' ? (e as Record<string, unknown>) : null));
  const byGroup = new Map<string, string>();
  for (const [k, e] of Object.entries(map as Record<string, unknown>)) {
    if (e && typeof e === 'object') byGroup.set(String((e as Record<string, unknown>).customer_group_id), String((e as Record<string, unknown>).min_sale_qty));
    else byGroup.set(k, String(e));
  }
  return byGroup.get('32000') ?? byGroup.get('0') ?? (entries[0] ? String(entries[0].min_sale_qty) : [...byGroup.values()][0]) ?? '1';
}

export interface ResolvedItem {
  manageStock: boolean;
  minQty: string;
  minSaleQty: string;
  maxSaleQty: string;
  backorders: number;
  notifyStockQty: string | null;
  enableQtyIncrements: boolean;
  qtyIncrements: string;
  useConfig: Record<string, boolean>;
}

const n = (v: string | number | null): string => (v === null ? '0' : String(v));
const on = (v: number | string | null): boolean => Number(v) === 1;

/** Stock\Item: use_config_X = 1 -> the configuration's X, else the item's own column. */
export function resolveItem(i: StockItemRow, cfg: StockConfig): ResolvedItem {
  const opt = (name: string) => cfg.get(`cataloginventory/item_options/${name}`);
  const useConfig = {
    manage_stock: on(i.use_config_manage_stock), min_qty: on(i.use_config_min_qty), min_sale_qty: on(i.use_config_min_sale_qty),
    max_sale_qty: on(i.use_config_max_sale_qty), backorders: on(i.use_config_backorders), notify_stock_qty: on(i.use_config_notify_stock_qty),
    enable_qty_increments: on(i.use_config_enable_qty_inc), qty_increments: on(i.use_config_qty_increments),
  };
  return {
    manageStock: useConfig.manage_stock ? on(opt('manage_stock')) : on(i.manage_stock),
    minQty: useConfig.min_qty ? opt('min_qty') : n(i.min_qty),
    minSaleQty: useConfig.min_sale_qty ? minSaleQtyOf(opt('min_sale_qty')) : n(i.min_sale_qty),
    maxSaleQty: useConfig.max_sale_qty ? opt('max_sale_qty') : n(i.max_sale_qty),
    backorders: useConfig.backorders ? Number(opt('backorders')) : Number(i.backorders),
    notifyStockQty: useConfig.notify_stock_qty ? opt('notify_stock_qty') : i.notify_stock_qty,
    enableQtyIncrements: useConfig.enable_qty_increments ? on(opt('enable_qty_increments')) : on(i.enable_qty_increments),
    qtyIncrements: useConfig.qty_increments ? opt('qty_increments') : n(i.qty_increments),
    useConfig,
  };
}
