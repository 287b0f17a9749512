/**
 * The seam between the catalog and the services that own prices and stock. Every product attribute is read
 * and pivoted; this decides which service keeps it:
 *  - pricing:   frontend_input 'price' (price, special_price, cost, msrp, user-defined price attributes), tier_price,
 *               and the special price's date window (special_from_date, special_to_date);
 *  - warehouse: quantity_and_stock_status (stock lives in cataloginventory_*; this attribute only mirrors it);
 *  - catalog:   everything else (weight stays here: it is a product property, not a price).
 * The pricing and warehouse migrations (a later issue) can take `deferred` from splitByService().
 */
import type { EavAttributeCatalog, EavValue, ScopedValues } from '../eav/types.ts';

export type OwningService = 'catalog' | 'pricing' | 'warehouse';

const PRICING_CODES = new Set(['tier_price', 'special_from_date', 'special_to_date', 'minimal_price']);
const WAREHOUSE_CODES = new Set(['quantity_and_stock_status']);

export function owningService(code: string, frontendInput: string | null): OwningService {
  if (WAREHOUSE_CODES.has(code)) return 'warehouse';
  if (frontendInput === 'price' || PRICING_CODES.has(code)) return 'pricing';
  return 'catalog';
}

/** attribute_code -> service, for the attributes that do not stay in the catalog. */
export function deferredAttributes(attrs: EavAttributeCatalog): Map<string, OwningService> {
  const out = new Map<string, OwningService>();
  for (const a of attrs.list) {
    const s = owningService(a.code, a.frontendInput);
    if (s !== 'catalog') out.set(a.code, s);
  }
  return out;
}

export interface SplitValues {
  catalog: ScopedValues;
  /** Values owned by other services, same layered shape: { pricing: ScopedValues, warehouse: ScopedValues }. */
  deferred: Partial<Record<Exclude<OwningService, 'catalog'>, ScopedValues>>;
  deferredCount: number;
}

function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}

type DeferredService = Exclude<OwningService, 'catalog'>;

/** The deferred codes as parallel arrays (the hot loop below walks them for every layer of every product). */
const compiled = new WeakMap<Map<string, OwningService>, { codes: string[]; services: DeferredService[] }>();
function compile(deferred: Map<string, OwningService>): { codes: string[]; services: DeferredService[] } {
  let c = compiled.get(deferred);
  if (!c) {
    c = { codes: [], services: [] };
    for (const [code, s] of deferred) {
      if (s === 'catalog') continue;
      c.codes.push(code);
      c.services.push(s);
    }
    compiled.set(deferred, c);
  }
  return c;
}

function bucket(result: SplitValues, s: DeferredService): ScopedValues {
  return (result.deferred[s] ??= { defaults: {}, websites: new Map(), stores: new Map() });
}

/**
 * Moves the deferred codes of one layer; `kind`/`id` say where they go (defaults when kind is null).
 * keep false: the values are only removed and counted (the product transform keeps them for its samples
 * only; building a pricing/warehouse copy of every product was a tenth of the pivot's allocations).
 */
function moveLayer(
  layer: Record<string, EavValue | null>,
  codes: string[],
  services: DeferredService[],
  result: SplitValues,
  kind: 'websites' | 'stores' | null,
  id: number,
  keep: boolean,
): void {
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    const value = layer[code];
    if (value === undefined) continue;
    if (!keep) {
      delete layer[code];
      result.deferredCount++;
      continue;
    }
    const b = bucket(result, services[i]);
    if (kind === null) {
      b.defaults[code] = value as EavValue;
    } else {
      let l = b[kind].get(id);
      if (!l) b[kind].set(id, (l = {}));
      l[code] = value;
    }
    delete layer[code];
    result.deferredCount++;
  }
}

/**
 * Splits an entity's layers IN PLACE: catalog values stay in `v` (returned as `catalog`), pricing/warehouse
 * values move to `deferred`. Walks the few deferred codes per layer rather than every value (hot path).
 * keep false: the deferred values are dropped (only counted) and `deferred` stays empty.
 */
export function splitByService(v: ScopedValues, deferred: Map<string, OwningService>, keep = true): SplitValues {
  const { codes, services } = compile(deferred);
  const result: SplitValues = { catalog: v, deferred: {}, deferredCount: 0 };
  moveLayer(v.defaults, codes, services, result, null, 0, keep);
  if (v.websites.size > 0) {
    for (const [id, layer] of v.websites) {
      moveLayer(layer, codes, services, result, 'websites', id, keep);
      if (isEmpty(layer)) v.websites.delete(id);
    }
  }
  if (v.stores.size > 0) {
    for (const [id, layer] of v.stores) {
      moveLayer(layer, codes, services, result, 'stores', id, keep);
      if (isEmpty(layer)) v.stores.delete(id);
    }
  }
  return result;
}
