/**
 * One page of Magento products -> rows of the catalog tables (services/catalog/migrations/010-013), pure.
 *
 * Per product: the entity-level verdict (NO_SKU, DUPLICATE_SKU, NUL_BYTE / INVALID_UTF8 in the SKU: rejected
 * whole), the EAV pivot and scope resolution (transforms/eav-pivot.ts), the split between the catalog and the
 * pricing/warehouse services (product-attribute-routing.ts), then everything hanging off the product
 * (websites, categories: here; media: product-media.ts; options and type data: product-type-data.ts).
 * Sub-rows pointing at something missing from the source (a deleted website or category) are rejected one by
 * one (DANGLING_REFERENCE); the product still loads.
 */
import type { Mapped, NullPolicy } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { catalogContract as c } from '../../services/catalog/index.ts';
import type { ProductChildren, ProductRow } from '../../sql/source/catalog/index.ts';
import { pivotEavValues } from '../eav/pivot.ts';
import { resolveStoreView } from '../eav/scope-resolution.ts';
import type { EavAttributeCatalog, RawEavValues, ScopedValues, StoreScopes } from '../eav/types.ts';
import { splitByService, type OwningService } from './product-attribute-routing.ts';
import { cachedUuid, isoTimestamp, ProductPageContext, type PageProduct } from './product-context.ts';
import { plainProductDocuments, type DocumentLookups } from './product-documents.ts';
import { transformMedia } from './product-media.ts';
import { transformTypeData } from './product-type-data.ts';
import { productRejectReason, type SkuVerdicts } from './product-verdicts.ts';

/** A keyset page of products with everything hanging off them (pipeline/catalog/products.ts reads it). */
export interface ProductPage {
  rows: ProductRow[];
  children: ProductChildren;
  values?: RawEavValues;
}

export interface ProductTransformInput {
  attributes: EavAttributeCatalog;
  /** Scopes of the store views the catalog loads (a value on any other store is an orphan row). */
  stores: StoreScopes;
  /** website_ids the catalog loads (an assignment to any other website is a DANGLING_REFERENCE). */
  websites: ReadonlySet<number>;
  nullPolicy: NullPolicy;
  staged: boolean;
  verdicts: SkuVerdicts;
  /** attribute_code -> the service owning it, for attributes that leave the catalog. */
  deferred: Map<string, OwningService>;
  /** Flattened products to put in the batch's samples (the first loaded ones of the page). */
  sampleCount: number;
  /** What the documents of plain products are written with (absent: Postgres builds every document). */
  documents?: DocumentLookups;
}

export function transformProductPage(page: ProductPage, input: ProductTransformInput): Mapped {
  const ctx = new ProductPageContext(input.stores, input.staged);
  const byEntity = new Map<number, PageProduct>();
  const rejectedKeys = new Set<number>();
  const loaded: Array<{ row: ProductRow; p: PageProduct }> = [];
  for (const row of page.rows) {
    ctx.pageKeys.add(row.row_key);
    const key = { entityId: row.entity_id, rowKey: row.row_key };
    const verdict = productRejectReason(row.entity_id, row.sku, input.verdicts, input.staged ? row.row_key : undefined);
    if (verdict) {
      ctx.rejects.push({ sourceKey: ctx.productKey(key), ...verdict });
      rejectedKeys.add(row.row_key);
      continue;
    }
    const p: PageProduct = { id: entityUuid('product', row.entity_id), ...key };
    ctx.owners.set(row.row_key, p);
    byEntity.set(row.entity_id, p);
    loaded.push({ row, p });
  }

  const pivot = pivotEavValues(page.values!, page.rows.map((r) => r.row_key), {
    attributes: input.attributes,
    stores: input.stores,
    nullPolicy: input.nullPolicy,
    countOrphanKeys: !input.staged,
    ignoreKeys: rejectedKeys,
    describeKey: (k) => {
      const p = ctx.owners.get(k);
      return p ? ctx.productKey(p) : `row_key=${k}`;
    },
  });
  ctx.rejects.push(...pivot.rejects);
  for (const [k, v] of Object.entries(pivot.stats)) ctx.count(k, v);

  const products = ctx.table(c.product);
  const websiteLayers = ctx.table(c.product_website_attributes);
  const storeLayers = ctx.table(c.product_store_attributes);
  const samples: unknown[] = [];
  let deferredValues = 0;
  for (const { row, p } of loaded) {
    const scoped = pivot.entities.get(row.row_key) as ScopedValues;
    // The deferred (pricing/warehouse) values are only shown in samples: built for the sampled products only.
    const wantSample = samples.length < input.sampleCount;
    const split = splitByService(scoped, input.deferred, wantSample);
    deferredValues += split.deferredCount;
    const values = split.catalog;
    if (wantSample) samples.push(sampleOf(row, p, values, split.deferred, input.stores));
    products.push([
      p.id, row.entity_id, row.sku, row.type_id, cachedUuid('attribute_set', row.attribute_set_id), row.attribute_set_id,
      Number(row.has_options) > 0, Number(row.required_options) > 0,
      timestamp(ctx, p, 'created_at', row.created_at), timestamp(ctx, p, 'updated_at', row.updated_at), values.defaults,
    ]);
    for (const [websiteId, layer] of values.websites) websiteLayers.push([p.id, cachedUuid('website', websiteId), layer]);
    for (const [storeId, layer] of values.stores) storeLayers.push([p.id, cachedUuid('store', storeId), layer]);
  }
  ctx.count('products.deferred_values', deferredValues);

  transformAssignments(page, ctx, byEntity, input.websites);
  transformMedia(page.children, ctx);
  transformTypeData(page.children, ctx, input.attributes);
  if (input.documents) {
    const docs = plainProductDocuments(ctx.tables, input.documents);
    if (docs.length) ctx.tables[c.product_document.table] = { columns: c.product_document.columns, rows: docs };
  }

  for (const name of Object.keys(ctx.tables)) if (ctx.tables[name].rows.length === 0) delete ctx.tables[name];
  return {
    loadedRows: loaded.length,
    tables: ctx.tables,
    rejects: ctx.rejects,
    ids: loaded.map(({ p }) => ['product', p.entityId, p.id] as [string, number, string]),
    stats: ctx.stats,
    samples,
  };
}

function timestamp(ctx: ProductPageContext, p: PageProduct, column: string, v: string | null): string | null {
  const iso = isoTimestamp(v);
  if (iso !== 'zero') return iso;
  ctx.rejects.push({ sourceKey: `${ctx.productKey(p)},attribute=${column},store=0`, reason: 'ZERO_DATE' });
  return null;
}

/** Website and category assignment; entity_id-keyed in both editions. */
function transformAssignments(page: ProductPage, ctx: ProductPageContext, byEntity: Map<number, PageProduct>, loadedWebsites: ReadonlySet<number>): void {
  const websites = ctx.table(c.product_website);
  for (const r of page.children.websites) {
    const p = byEntity.get(Number(r.product_id));
    if (!p) continue;
    const websiteId = Number(r.website_id);
    if (!Number(r.website_exists) || !loadedWebsites.has(websiteId)) {
      ctx.rejects.push({ sourceKey: `product_id=${p.entityId},website_id=${websiteId}`, reason: 'DANGLING_REFERENCE', detail: 'catalog_product_website: no such website' });
      continue;
    }
    websites.push([p.id, cachedUuid('website', websiteId)]);
  }
  const categories = ctx.table(c.product_category);
  for (const r of page.children.categories) {
    const p = byEntity.get(Number(r.product_id));
    if (!p) continue;
    const categoryId = Number(r.category_id);
    if (!Number(r.category_exists)) {
      ctx.rejects.push({ sourceKey: `product_id=${p.entityId},category_id=${categoryId}`, reason: 'DANGLING_REFERENCE', detail: 'catalog_category_product: no such category' });
      continue;
    }
    categories.push([p.id, cachedUuid('category', categoryId), categoryId, Number(r.position ?? 0)]);
  }
}

/** A flattened product for the dry-run report: what each store view shows, plus what left for other services. */
function sampleOf(
  row: ProductRow,
  p: PageProduct,
  values: ScopedValues,
  deferred: Partial<Record<string, ScopedValues>>,
  stores: StoreScopes,
): unknown {
  const views: Record<string, unknown> = {};
  for (const s of stores.views) views[s.code ?? String(s.storeId)] = resolveStoreView(values, s.storeId, s.websiteId);
  return {
    entity_id: row.entity_id,
    id: p.id,
    sku: row.sku,
    type: row.type_id,
    default: values.defaults,
    storeViews: views,
    otherServices: Object.fromEntries(Object.entries(deferred).map(([s, v]) => [s, v?.defaults])),
  };
}
