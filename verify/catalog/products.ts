/**
 * Products: the count, every SKU, and on a sample every attribute each store view shows, the websites and the
 * categories (a category reference that leads nowhere in the target shows as a difference).
 */
import { readRows } from '../../extractors/query.ts';
import * as q from '../../sql/verify/catalog/index.ts';
import { rejectKeys, targetCount } from '../../sql/verify/index.ts';
import { renderPgSql } from '../../sql/template.ts';
import { sampleMagentoIds, Verification } from '../collect.ts';
import type { EntityVerifier, VerifyContext } from '../types.ts';
import { storesByWebsite, storeViewValues } from './scope.ts';
import { params, sourceAttributes, sourceStoreViews, valuesOf, vars } from './source.ts';

/** Entity ids the run rejected as a whole ("entity_id=42", or "product.magento_id=42" for a row Postgres refused). */
export async function rejectedEntityIds(ctx: VerifyContext, entity: string): Promise<Set<number>> {
  const { rows } = await ctx.target.query<{ source_key: string }>(rejectKeys.text, [entity]);
  const out = new Set<number>();
  for (const r of rows) {
    const m = /^(?:entity_id|[a-z_]+\.magento_id)=(\d+)(?:,row_id=\d+)?$/.exec(r.source_key);
    if (m) out.add(Number(m[1]));
  }
  return out;
}

export async function targetRows(ctx: VerifyContext, table: string): Promise<number> {
  const { rows } = await ctx.target.query<{ n: string }>(renderPgSql(targetCount, { table }));
  return Number(rows[0].n);
}

export const productsVerifier: EntityVerifier = {
  entity: 'products',
  async verify(ctx) {
    const v = new Verification(ctx.service, 'products');
    const keys = await readRows<Record<string, unknown>>(ctx.source, q.productKeys, params(ctx), vars(ctx));
    await v.counts(ctx, keys.length, await targetRows(ctx, 'product'));

    // Every SKU: a SKU the target lacks is missing unless the run rejected every product holding it.
    const rejected = await rejectedEntityIds(ctx, 'products');
    const byId = new Map(keys.map((k) => [Number(k.entity_id), { sku: k.sku === null ? null : String(k.sku), key: Number(k.k) }]));
    const valid = keys.filter((k) => k.sku !== null && String(k.sku).trim() !== '').map((k) => String(k.sku));
    const kept = new Set(keys.filter((k) => !rejected.has(Number(k.entity_id)) && k.sku !== null).map((k) => String(k.sku)));
    const explained = new Set(valid.filter((s) => !kept.has(s)));
    const target = (await ctx.target.query<{ sku: string }>(q.targetProductSkus.text)).rows.map((r) => r.sku);
    v.keySet('sku', valid, target, explained);

    // A sample of products, field by field, in every store view.
    const ids = await sampleMagentoIds(ctx.target, 'product', ctx.sample, ctx.seed);
    v.result.sampled = ids.length;
    const attributes = await sourceAttributes(ctx.source, 'catalog_product');
    const views = await sourceStoreViews(ctx.source);
    const websiteStores = storesByWebsite(views);
    const { rows: targetViews } = await ctx.target.query<{ id: string; magento_id: number; code: string; website_id: string }>(q.targetStoreViews.text);
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const valueKeys = chunk.map((id) => byId.get(id)?.key).filter((k): k is number => k !== undefined);
      const values = await valuesOf(ctx, 'catalog_product_entity', valueKeys);
      for (const tv of targetViews) {
        const sv = views.find((s) => s.storeId === Number(tv.magento_id));
        if (!sv) continue;
        const { rows } = await ctx.target.query<{ magento_id: number; sku: string; attributes: Record<string, unknown> }>(q.targetProductViews.text, [chunk, tv.website_id, tv.id]);
        const shown = new Map(rows.map((r) => [Number(r.magento_id), r]));
        for (const id of chunk) {
          const src = byId.get(id);
          const t = shown.get(id);
          const key = `sku=${src?.sku ?? t?.sku ?? `entity_id=${id}`},store=${tv.code}`;
          if (!src || !t) {
            v.field(key, '(product)', src ? 'present' : null, t ? 'present' : null);
            continue;
          }
          v.record(key, storeViewValues(values.get(src.key) ?? [], attributes, sv, websiteStores.get(sv.websiteId) ?? [], ctx.nullPolicy), t.attributes);
        }
      }
      await compareAssignments(ctx, v, chunk, byId);
    }
    return v.done();
  },
};

/** Websites (codes) and categories (Magento ids) of each sampled product, both sides. */
async function compareAssignments(ctx: VerifyContext, v: Verification, ids: number[], byId: Map<number, { sku: string | null }>): Promise<void> {
  const group = (rows: Array<Record<string, unknown>>, k: string, val: string): Map<number, string[]> => {
    const m = new Map<number, string[]>();
    for (const r of rows) {
      const list = m.get(Number(r[k])) ?? [];
      list.push(String(r[val]));
      m.set(Number(r[k]), list);
    }
    for (const list of m.values()) list.sort();
    return m;
  };
  const srcWebsites = group(await readRows(ctx.source, q.productWebsites, { ids }), 'product_id', 'code');
  const srcCategories = group(await readRows(ctx.source, q.productCategories, { ids }), 'product_id', 'category_id');
  const tgtWebsites = group((await ctx.target.query(q.targetProductWebsites.text, [ids])).rows, 'magento_id', 'code');
  const tgtCategories = group((await ctx.target.query(q.targetProductCategories.text, [ids])).rows, 'magento_id', 'category');
  for (const id of ids) {
    const key = `sku=${byId.get(id)?.sku ?? `entity_id=${id}`}`;
    v.field(key, 'websites', srcWebsites.get(id) ?? [], tgtWebsites.get(id) ?? []);
    v.field(key, 'categories', srcCategories.get(id) ?? [], tgtCategories.get(id) ?? []);
  }
}
