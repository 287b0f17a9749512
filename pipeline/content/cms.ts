/**
 * CMS pages and blocks: keyset pages of cms_page / cms_block (the current row_id version in Adobe Commerce)
 * with their store links by key range (transforms/content/cms.ts).
 */
import { catalogParams, catalogVars } from '../../extractors/catalog/sql-vars.ts';
import type { SourceContext } from '../../extractors/source.ts';
import { contentContract as c } from '../../services/content/index.ts';
import {
  cmsBlockCount, cmsBlocks, cmsBlockStores, cmsPageCount, cmsPages, cmsPageStores, type SourceCmsBlock, type SourceCmsPage, type SourceStoreLink,
} from '../../sql/source/content/index.ts';
import { mapCmsBlocks, mapCmsPages } from '../../transforms/content/cms.ts';
import { declaredEntity } from '../declared-entity.ts';

const staged = (src: SourceContext): boolean => src.edition === 'commerce';
const varsFor = (id: string) => (src: SourceContext) => {
  const v = catalogVars(src);
  return { ...v, idents: { key: staged(src) ? 'row_id' : id } };
};

export const cmsPagesEntity = declaredEntity<SourceCmsPage, undefined, { stores: SourceStoreLink[] }>('content', {
  entity: 'cms_pages',
  page: cmsPages,
  count: cmsPageCount,
  key: (src) => ({ columns: [staged(src) ? 'e.row_id' : 'e.page_id'], of: (r) => Number(r.k) }),
  children: { stores: { query: cmsPageStores, by: 'range' } },
  maxBatch: 1000,
  params: (src) => catalogParams(src),
  vars: varsFor('page_id'),
  map: (p) => mapCmsPages(p.rows, p.children.stores),
  writes: [c.cms_page, c.cms_page_store],
  primaryTable: 'cms_page',
});

export const cmsBlocksEntity = declaredEntity<SourceCmsBlock, undefined, { stores: SourceStoreLink[] }>('content', {
  entity: 'cms_blocks',
  page: cmsBlocks,
  count: cmsBlockCount,
  key: (src) => ({ columns: [staged(src) ? 'e.row_id' : 'e.block_id'], of: (r) => Number(r.k) }),
  children: { stores: { query: cmsBlockStores, by: 'range' } },
  maxBatch: 1000,
  params: (src) => catalogParams(src),
  vars: varsFor('block_id'),
  map: (p) => mapCmsBlocks(p.rows, p.children.stores),
  writes: [c.cms_block, c.cms_block_store],
  primaryTable: 'cms_block',
});
