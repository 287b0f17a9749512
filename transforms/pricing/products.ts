/**
 * A page of products -> the pricing service's product rows: the product, its values in each website it is
 * assigned to (resolved by price scope), the facts catalog rules test (available categories, attribute values
 * per website), configurable and grouped links, bundle selections. Pure.
 *
 * Scope of a value in website W (Magento\Catalog\Model\ResourceModel\Product\Indexer\Price\Query\
 * JoinAttributeProcessor): a global attribute (is_global 1) reads the store 0 row; any other reads the row of W's
 * default store view when there is one (even holding NULL), else store 0. With catalog/price/scope = website
 * Magento makes every price attribute website-scoped (is_global 2), so this follows the setting.
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { pricingContract as c } from '../../services/pricing/index.ts';
import type { PricingProductChildren, PricingProductRow, ValueRow } from '../../sql/source/pricing/index.ts';
import { productRejectReason, type SkuVerdicts } from '../catalog/product-verdicts.ts';
import type { EavAttribute, EavAttributeCatalog } from '../eav/types.ts';
import type { PricingSettings } from './settings.ts';

/** The attributes pricing reads for every product, by backend table. */
export const PRICE_CODES = ['price', 'special_price', 'cost', 'msrp'] as const;
export const DATE_CODES = ['special_from_date', 'special_to_date'] as const;
export const INT_CODES = ['status', 'visibility', 'price_type'] as const;

export interface ProductsInput {
  attrs: EavAttributeCatalog;
  settings: PricingSettings;
  verdicts: SkuVerdicts;
  /** category entity_id -> path ("1/2/5"). */
  categoryPaths: Map<number, string>;
  /** Attribute codes catalog rules test (their values are kept per website). */
  conditionCodes: readonly string[];
  staged: boolean;
}

type Values = Map<number, Map<number, unknown>>; // attribute_id -> store_id -> value

function index(rows: readonly ValueRow[], into: Map<number, Values>): void {
  for (const r of rows) {
    const k = Number(r.k);
    let byAttr = into.get(k);
    if (!byAttr) into.set(k, (byAttr = new Map()));
    let byStore = byAttr.get(Number(r.attribute_id));
    if (!byStore) byAttr.set(Number(r.attribute_id), (byStore = new Map()));
    byStore.set(Number(r.store_id), r.value);
  }
}

/** The store row JoinAttributeProcessor reads: the default store's when it exists, else store 0 (global: store 0 only). */
function storeRead(values: Values | undefined, a: EavAttribute | undefined, storeId: number | null): number {
  const byStore = values && a ? values.get(a.attributeId) : undefined;
  return a && byStore && a.isGlobal !== 1 && storeId !== null && byStore.has(storeId) ? storeId : 0;
}

function resolved(values: Values | undefined, a: EavAttribute | undefined, storeId: number | null): unknown {
  if (!values || !a) return null;
  return values.get(a.attributeId)?.get(storeRead(values, a, storeId)) ?? null;
}

/** Rule conditions read the store's value when set, else store 0 (CatalogRule\...\Condition\Product::_setAttributeValue). */
function conditionValue(values: Values | undefined, a: EavAttribute, storeId: number | null): string | null {
  const byStore = values?.get(a.attributeId);
  if (!byStore) return null;
  const v = (storeId !== null ? byStore.get(storeId) : undefined) ?? byStore.get(0);
  return v === null || v === undefined ? null : String(v);
}

const ZERO_DATE = /^0000-00-00/;

export function mapProductPage(rows: readonly PricingProductRow[], ch: PricingProductChildren, ctx: ProductsInput): Mapped {
  const { attrs, settings } = ctx;
  const values = new Map<number, Values>();
  for (const list of [ch.decimals, ch.datetimes, ch.ints, ch.varchars, ch.texts]) index(list, values);
  const a = (code: string) => attrs.byCode.get(code);
  const websitesOf = group(ch.websites, (r) => Number(r.product_id));
  const categoriesOf = group(ch.categories, (r) => Number(r.product_id));
  const stockOf = group(ch.stock, (r) => Number(r.product_id));
  const superOf = group(ch.superLinks, (r) => Number(r.owner));
  const groupedOf = group(ch.groupedLinks, (r) => Number(r.owner));
  const selectionsOf = group(ch.bundleSelections, (r) => Number(r.owner));
  const selectionPricesOf = group(ch.bundleSelectionPrices, (r) => Number(r.selection_id));
  const known = new Map(settings.websites.map((w) => [w.magentoId, w]));
  const storesOf = new Map<number, typeof settings.stores>();
  for (const s of settings.stores) storesOf.set(Number(s.website_id), [...(storesOf.get(Number(s.website_id)) ?? []), s]);

  const out = {
    product: [] as unknown[][], product_price: [] as unknown[][], product_category: [] as unknown[][], product_attribute: [] as unknown[][],
    product_link: [] as unknown[][], bundle_selection: [] as unknown[][],
  };
  const rejects: Reject[] = [];
  const stats: Record<string, number> = {};
  const count = (k: string, n = 1) => (stats[k] = (stats[k] ?? 0) + n);

  for (const r of rows) {
    const entityId = Number(r.entity_id);
    const key = Number(r.row_key);
    const verdict = productRejectReason(entityId, r.sku, ctx.verdicts, ctx.staged ? key : undefined);
    if (verdict) {
      rejects.push({ sourceKey: `entity_id=${entityId}`, reason: verdict.reason, detail: verdict.detail });
      continue;
    }
    const id = entityUuid('product', entityId);
    const v = values.get(key);
    const zeroSeen = new Set<string>();
    // ProductPriceIndexFilter: stock items that manage stock (per the config flag), none in stock -> not listed.
    const managed = (stockOf.get(entityId) ?? []).filter((s) =>
      settings.manageStock ? Number(s.use_config_manage_stock) === 1 || Number(s.manage_stock) === 1 : Number(s.use_config_manage_stock) === 0 && Number(s.manage_stock) === 1);
    const inStock = managed.length === 0 || managed.some((s) => Number(s.is_in_stock) === 1);
    const priceType = r.type_id === 'bundle' ? (Number(resolved(v, a('price_type'), null) ?? 0) === 1 ? 'fixed' : 'dynamic') : null;
    out.product.push([id, entityId, r.sku, r.type_id, Number(r.attribute_set_id), Number(r.required_options) > 0, priceType, inStock]);

    const websiteIds = [...new Set((websitesOf.get(entityId) ?? []).map((w) => Number(w.website_id)))].filter((w) => known.has(w)).sort((x, y) => x - y);
    if (websiteIds.length === 0) count('pricing.products_in_no_website');
    for (const wid of websiteIds) {
      const w = known.get(wid)!;
      const store = w.defaultStoreId;
      const val = (code: string) => resolved(v, a(code), store);
      const date = (code: string): string | null => {
        const raw = val(code);
        if (raw === null || raw === undefined) return null;
        const text = String(raw);
        if (ZERO_DATE.test(text)) {
          // One reject per source row, however many websites read it.
          const sourceKey = `entity_id=${entityId},attribute=${code},store=${storeRead(v, a(code), store)}`;
          if (!zeroSeen.has(sourceKey)) rejects.push({ sourceKey, reason: 'ZERO_DATE', detail: `${code} '${text}': the special price window is loaded without it` });
          zeroSeen.add(sourceKey);
          return null;
        }
        return text.slice(0, 10);
      };
      const status = val('status');
      const visibility = val('visibility');
      const str = (x: unknown) => (x === null || x === undefined ? null : String(x));
      out.product_price.push([
        id, entityId, wid, w.baseCurrency, Number(status) === 1, visibility === null ? null : Number(visibility),
        str(val('price')), str(val('special_price')), date('special_from_date'), date('special_to_date'), str(val('cost')), str(val('msrp')),
      ]);
      for (const code of ctx.conditionCodes) {
        const meta = a(code);
        if (!meta) continue;
        const cv = conditionValue(v, meta, store);
        if (cv !== null) out.product_attribute.push([id, wid, code, cv]);
      }
    }
    for (const cat of availableCategories(categoriesOf.get(entityId) ?? [], v, websiteIds, storesOf, ctx)) out.product_category.push([id, cat]);
    for (const [kind, links] of [['configurable', superOf.get(key)], ['grouped', groupedOf.get(key)]] as const) {
      const seen = new Set<number>();
      for (const l of links ?? []) {
        const child = Number(l.child_id);
        if (seen.has(child)) continue;
        seen.add(child);
        out.product_link.push([id, entityId, kind, entityUuid('product', child), child]);
      }
    }
    for (const s of selectionsOf.get(key) ?? []) {
      const base = [id, Number(s.option_id), Number(s.required) === 1, s.type ?? 'select', entityUuid('product', Number(s.child_id)), Number(s.child_id), s.selection_qty ?? '1'];
      const typeOf = (t: number) => (Number(t) === 1 ? 'percent' : 'fixed');
      out.bundle_selection.push([Number(s.selection_id), 0, ...base, typeOf(s.selection_price_type), s.selection_price_value]);
      for (const p of selectionPricesOf.get(Number(s.selection_id)) ?? []) {
        if (Number(p.website_id) === 0 || !known.has(Number(p.website_id))) continue;
        out.bundle_selection.push([Number(s.selection_id), Number(p.website_id), ...base, typeOf(p.selection_price_type), p.selection_price_value]);
      }
    }
  }
  return {
    loadedRows: out.product.length,
    tables: {
      product: { columns: c.product.columns, rows: out.product },
      product_price: { columns: c.product_price.columns, rows: out.product_price },
      product_category: { columns: c.product_category.columns, rows: out.product_category },
      product_attribute: { columns: c.product_attribute.columns, rows: out.product_attribute },
      product_link: { columns: c.product_link.columns, rows: out.product_link },
      bundle_selection: { columns: c.bundle_selection.columns, rows: out.bundle_selection },
    },
    rejects,
    ids: out.product.map((p) => ['product', p[1] as number, p[0] as string]),
    stats,
  };
}

/**
 * Magento's getAvailableInCategories() (the category product index, is_parent = 1, visibility <> 1): a directly
 * assigned category under the root of a store view whose website has the product, where the product is
 * enabled and visible (store row, else store 0: Indexer\Category\Product\AbstractAction::getNonAnchorCategoriesSelect).
 */
function availableCategories(
  links: ReadonlyArray<{ category_id: number }>,
  v: Values | undefined,
  websiteIds: readonly number[],
  storesOf: Map<number, PricingSettings['stores']>,
  ctx: ProductsInput,
): number[] {
  if (links.length === 0) return [];
  const status = ctx.attrs.byCode.get('status');
  const visibility = ctx.attrs.byCode.get('visibility');
  const at = (attr: typeof status, storeId: number): unknown => {
    const byStore = attr ? v?.get(attr.attributeId) : undefined;
    return byStore ? (byStore.get(storeId) ?? byStore.get(0) ?? null) : null;
  };
  const roots: string[] = [];
  for (const wid of websiteIds) {
    for (const s of storesOf.get(wid) ?? []) {
      const sid = Number(s.store_id);
      if (Number(at(status, sid)) !== 1 || ![2, 3, 4].includes(Number(at(visibility, sid)))) continue;
      const root = ctx.categoryPaths.get(Number(s.root_category_id));
      if (root) roots.push(`${root}/`);
    }
  }
  const out = new Set<number>();
  for (const l of links) {
    const path = ctx.categoryPaths.get(Number(l.category_id));
    if (path && roots.some((root) => path.startsWith(root))) out.add(Number(l.category_id));
  }
  return [...out].sort((x, y) => x - y);
}

function group<T>(rows: readonly T[], key: (r: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}
