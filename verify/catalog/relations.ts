/**
 * Product relations: the count (every link type, configurable children, bundle selections), and every
 * configurable child and related / up-sell / cross-sell link as SKU pairs. A pair whose end the run rejected
 * (no SKU, a duplicate SKU: its rejects say so) was rejected with it and is not counted missing.
 */
import { readCount, readRows } from '../../extractors/query.ts';
import * as q from '../../sql/verify/catalog/index.ts';
import { Verification } from '../collect.ts';
import type { EntityVerifier } from '../types.ts';
import { rejectedEntityIds } from './products.ts';
import { params, vars } from './source.ts';

const LINK_TYPES: Record<string, string> = { relation: 'related', up_sell: 'upsell', cross_sell: 'crosssell' };

export const relationsVerifier: EntityVerifier = {
  entity: 'product_relations',
  async verify(ctx) {
    const v = new Verification(ctx.service, 'product_relations');
    const { rows: n } = await ctx.target.query<{ n: string }>(q.targetRelationsCount.text);
    await v.counts(ctx, await readCount(ctx.source, q.relationsCount as never, params(ctx), vars(ctx)), Number(n[0].n));
    const rejected = await rejectedEntityIds(ctx, 'products');
    const compare = (name: string, src: Array<Record<string, unknown>>, tgt: Array<Record<string, unknown>>, type: (t: unknown) => string): void => {
      const key = (r: Record<string, unknown>): string => `${String(r.parent)} ${type(r.type)} ${String(r.child)}`;
      const explained = src.filter((r) => rejected.has(Number(r.parent_id)) || rejected.has(Number(r.child_id))).map(key);
      v.keySet(name, src.map(key), tgt.map(key), new Set(explained));
    };
    compare('configurable parent > child', await readRows(ctx.source, q.configurablePairs, params(ctx), vars(ctx)), (await ctx.target.query(q.targetConfigurablePairs.text)).rows, () => '>');
    compare('linked products', await readRows(ctx.source, q.linkPairs, params(ctx), vars(ctx)), (await ctx.target.query(q.targetLinkPairs.text)).rows, (t) => LINK_TYPES[String(t)] ?? String(t));
    return v.done();
  },
};
