/** The store tree: every store view, with its name and website, on both sides (a handful of rows: all compared). */
import * as q from '../../sql/verify/catalog/index.ts';
import { Verification } from '../collect.ts';
import type { EntityVerifier } from '../types.ts';
import { targetRows } from './products.ts';
import { sourceStoreViews } from './source.ts';

export const storeViewsVerifier: EntityVerifier = {
  entity: 'store_views',
  async verify(ctx) {
    const v = new Verification(ctx.service, 'store_views');
    const views = await sourceStoreViews(ctx.source);
    await v.counts(ctx, views.length, await targetRows(ctx, 'store'));
    const { rows } = await ctx.target.query<Record<string, unknown>>(q.targetStoreViews.text);
    v.keySet('store code', views.map((s) => s.code), rows.map((r) => String(r.code)));
    const byCode = new Map(rows.map((r) => [String(r.code), r]));
    for (const s of views) {
      const t = byCode.get(s.code);
      v.result.sampled++;
      v.record(`store=${s.code}`, { name: s.name, website: s.websiteCode, website_name: s.websiteName }, t ? { name: t.name, website: t.website_code, website_name: t.website_name } : {});
    }
    return v.done();
  },
};
