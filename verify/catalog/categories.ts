/** Categories: the count, every category id, and on a sample the name, url key and flags each store view shows. */
import { readRows } from '../../extractors/query.ts';
import * as q from '../../sql/verify/catalog/index.ts';
import { sampleMagentoIds, Verification } from '../collect.ts';
import type { EntityVerifier } from '../types.ts';
import { rejectedEntityIds, targetRows } from './products.ts';
import { storesByWebsite, storeViewValues } from './scope.ts';
import { params, sourceAttributes, sourceStoreViews, valuesOf, vars } from './source.ts';

const FIELDS = ['name', 'url_key', 'is_active', 'include_in_menu'] as const;

export const categoriesVerifier: EntityVerifier = {
  entity: 'categories',
  async verify(ctx) {
    const v = new Verification(ctx.service, 'categories');
    const keys = await readRows<Record<string, unknown>>(ctx.source, q.categoryKeys, params(ctx), vars(ctx));
    await v.counts(ctx, keys.length, await targetRows(ctx, 'category'));
    const rejected = await rejectedEntityIds(ctx, 'categories');
    const ids = keys.map((k) => String(k.entity_id));
    const target = (await ctx.target.query<{ magento_id: number }>(q.targetCategoryIds.text)).rows.map((r) => String(r.magento_id));
    v.keySet('entity_id', ids, target, new Set([...rejected].map(String)));

    const byId = new Map(keys.map((k) => [Number(k.entity_id), Number(k.k)]));
    const sample = await sampleMagentoIds(ctx.target, 'category', ctx.sample, ctx.seed);
    v.result.sampled = sample.length;
    const attributes = await sourceAttributes(ctx.source, 'catalog_category');
    const views = await sourceStoreViews(ctx.source);
    const websiteStores = storesByWebsite(views);
    const values = await valuesOf(ctx, 'catalog_category_entity', sample.map((id) => byId.get(id)).filter((k): k is number => k !== undefined));
    const { rows: targetViews } = await ctx.target.query<{ id: string; magento_id: number; code: string }>(q.targetStoreViews.text);
    for (const tv of targetViews) {
      const sv = views.find((s) => s.storeId === Number(tv.magento_id));
      if (!sv) continue;
      const { rows } = await ctx.target.query<Record<string, unknown>>(q.targetCategoryViews.text, [sample, tv.id]);
      const shown = new Map(rows.map((r) => [Number(r.magento_id), r]));
      for (const id of sample) {
        const src = storeViewValues(values.get(byId.get(id) ?? -1) ?? [], attributes, sv, websiteStores.get(sv.websiteId) ?? [], ctx.nullPolicy);
        const t = shown.get(id) ?? {};
        const key = `entity_id=${id},store=${tv.code}`;
        for (const f of FIELDS) {
          const s = src[f];
          // Flags are booleans in the service (Magento stores 0/1 ints).
          const expected = f === 'is_active' || f === 'include_in_menu' ? (s === undefined ? null : Number(s) !== 0) : (s ?? null);
          v.field(key, f, expected, t[f] ?? null);
        }
      }
    }
    return v.done();
  },
};
