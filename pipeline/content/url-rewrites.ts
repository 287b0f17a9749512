/**
 * The redirect map: url_rewrite in large keyset pages (light transforms, one range scan each). Chains are
 * followed through the compact in-memory map of redirect and custom rows (lookups.ts); per page, `enrich`
 * reads the canonical rows the page's chains end at, by path, and (rarely) the current canonical rows of
 * entities whose redirect ends nowhere (transforms/content/url-rewrites.ts).
 */
import { readRows } from '../../extractors/query.ts';
import { contentContract as c } from '../../services/content/index.ts';
import { urlRewriteByPaths, urlRewriteCanonicals, urlRewriteCount, urlRewrites, type SourceUrlRewrite } from '../../sql/source/content/index.ts';
import { chainEnds, danglingRedirectEntities, mapUrlRewrites, type RewriteFinds, type RewriteLookups } from '../../transforms/content/url-rewrites.ts';
import { declaredEntity } from '../declared-entity.ts';
import { REWRITE_LOOKUP_READS, rewriteLookupsOf } from './lookups.ts';

/** Rows per page at most (--batch-size decides below it): rows are small and the transform light. */
const PAGE = 50_000;

export const urlRewritesEntity = declaredEntity<SourceUrlRewrite, RewriteLookups, RewriteFinds>('content', {
  entity: 'url_rewrites',
  page: urlRewrites,
  count: urlRewriteCount,
  key: { columns: ['u.url_rewrite_id'], of: (r) => Number(r.url_rewrite_id) },
  maxBatch: PAGE,
  // Keyed by Magento's url_rewrite_id: its indexes are built after the load.
  deferIndexes: true,
  lookups: REWRITE_LOOKUP_READS,
  prepare: rewriteLookupsOf,
  enrich: {
    reads: [urlRewriteByPaths, urlRewriteCanonicals],
    async run(conn, page, src) {
      const lookups = await rewriteLookupsOf(src);
      const paths = chainEnds(page.rows, lookups.hops);
      const byPath = paths.length ? await readRows(conn, urlRewriteByPaths, { paths }) : [];
      const ids = danglingRedirectEntities(page.rows, lookups.hops, byPath);
      const canonicals = ids.length ? await readRows(conn, urlRewriteCanonicals, { ids }) : [];
      return { byPath, canonicals };
    },
  },
  map: (p, lookups) => mapUrlRewrites(p.rows, lookups, { byPath: p.children.byPath ?? [], canonicals: p.children.canonicals ?? [] }),
  writes: [c.url_redirect],
  primaryTable: 'url_redirect',
});
