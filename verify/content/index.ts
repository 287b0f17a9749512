/**
 * The content context's verification: CMS pages and blocks (every identifier per store view they show in, and
 * on a sample their fields as each of those store views shows them), URL rewrites (request path per store, how
 * many per store and entity type), store views.
 */
import * as q from '../../sql/verify/content/index.ts';
import { tableVerifier } from '../table.ts';
import type { ContextVerify } from '../types.ts';

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

const stores = tableVerifier({
  entity: 'stores',
  sourceKeys: q.storesKeys,
  targetKeys: q.targetStoresKeys,
  keySets: [{ name: 'store code: name (website)', key: (r) => `${str(r.code)}: ${str(r.name)} (${str(r.website_code)})` }],
  label: (r) => `store=${str(r.code)}`,
});

const pages = tableVerifier({
  entity: 'cms_pages',
  sourceKeys: q.pagesKeys,
  targetKeys: q.targetPagesKeys,
  keySets: [
    { name: 'identifier', key: (r) => str(r.identifier) },
    { name: 'identifier per store', key: (r) => `${str(r.identifier)}@${str(r.store)}`, source: q.pageStores, target: q.targetPageStores },
  ],
  label: (r) => `identifier=${str(r.identifier)}`,
  fields: [{ source: q.pageFields, target: q.targetPageFields }],
  sampleFrom: 'cms_page',
});

const blocks = tableVerifier({
  entity: 'cms_blocks',
  sourceKeys: q.blocksKeys,
  targetKeys: q.targetBlocksKeys,
  keySets: [
    { name: 'identifier', key: (r) => str(r.identifier) },
    { name: 'identifier per store', key: (r) => `${str(r.identifier)}@${str(r.store)}`, source: q.blockStores, target: q.targetBlockStores },
  ],
  label: (r) => `identifier=${str(r.identifier)}`,
  fields: [{ source: q.blockFields, target: q.targetBlockFields }],
  sampleFrom: 'cms_block',
});

const rewrites = tableVerifier({
  entity: 'url_rewrites',
  sourceKeys: q.rewritesKeys,
  targetKeys: q.targetRewritesKeys,
  keySets: [{ name: 'request path per store', key: (r) => `${str(r.request_path)}@${str(r.store_id)}` }],
  label: (r) => `url_rewrite_id=${str(r.id)},request_path=${str(r.request_path)}`,
  measures: [{ source: q.rewritesPerStore, target: q.targetRewritesPerStore }],
  fields: [{ source: q.rewriteFields, target: q.targetRewriteFields }],
  sampleFrom: 'url_redirect',
});

export const contentVerify: ContextVerify = { entities: [stores, pages, blocks, rewrites] };
