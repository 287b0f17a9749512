/**
 * The content context's lookups, read once per run (src.memo): store ids, the ids of existing products,
 * categories and pages, the compact map of redirect and custom rewrites chains are followed through, and
 * the case-only duplicates a case-sensitive collation lets through.
 */
import { readRows } from '../../extractors/query.ts';
import type { SourceContext } from '../../extractors/source.ts';
import { entityIds, urlRewriteCollation, urlRewriteDuplicates, urlRewriteHops } from '../../sql/source/content/index.ts';
import { stores as storeRows } from '../../sql/source/content/index.ts';
import { buildHopMap } from '../../transforms/content/url-chains.ts';
import type { RewriteLookups } from '../../transforms/content/url-rewrites.ts';

export const REWRITE_LOOKUP_READS = [entityIds, urlRewriteCollation, urlRewriteDuplicates, urlRewriteHops, storeRows];

export function rewriteLookupsOf(src: SourceContext): Promise<RewriteLookups> {
  return src.memo('content.rewriteLookups', async () => {
    const stores = await readRows(src.conn, storeRows, { limit: 1_000_000 }, { raw: { after: 'TRUE' } });
    const exists: Record<string, Set<number>> = { product: new Set(), category: new Set(), 'cms-page': new Set() };
    for (const r of await readRows(src.conn, entityIds)) exists[r.t]?.add(Number(r.id));
    const [collation] = await readRows(src.conn, urlRewriteCollation);
    // Magento's collation is case-insensitive: the unique key already excludes case-only duplicates.
    const caseSensitive = /_bin$|_cs$/i.test(collation?.collation_name ?? '');
    const duplicates = caseSensitive ? new Set((await readRows(src.conn, urlRewriteDuplicates)).map((r) => Number(r.url_rewrite_id))) : new Set<number>();
    const hops = buildHopMap(await readRows(src.conn, urlRewriteHops));
    return { stores: new Set(stores.map((s) => Number(s.store_id))), exists, duplicates, hops };
  });
}
