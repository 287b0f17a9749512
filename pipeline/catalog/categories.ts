/**
 * Categories: keyset pages of catalog_category_entity (row_id of the current versions in Adobe Commerce) with
 * their EAV values, pivoted and scope-resolved per store view, mapped onto category + category_store
 * (transforms/catalog/categories.ts). Orphans and overlapping Commerce versions are rejects.
 */
import { catalogParams, catalogVars } from '../../extractors/catalog/sql-vars.ts';
import type { SourceContext } from '../../extractors/source.ts';
import { catalogContract as c, categoryTrees, productDocuments } from '../../services/catalog/index.ts';
import { categoryBounds, categoryCount, categoryPage, type SourceCategory } from '../../sql/source/catalog/index.ts';
import { mapCategoryPage, type CategoryPageContext } from '../../transforms/catalog/categories.ts';
import { buildStoreScopes } from '../../transforms/eav/store-scopes.ts';
import { declaredEntity } from '../declared-entity.ts';
import { columnOf } from '../mapped-columns.ts';
import { ATTRIBUTE_READS, attributeCatalogOf, CATEGORY_TREE_READS, categoryOverlapsOf, categoryTreeOf, catalogStoresOf, STORE_TREE_READS } from './lookups.ts';

async function categoryContext(src: SourceContext): Promise<CategoryPageContext> {
  const storeRows = await catalogStoresOf(src);
  return {
    attributes: await attributeCatalogOf(src, 'catalog_category'),
    // Scopes of the loaded store views only: values of a deleted or rejected store view are orphan rows.
    stores: buildStoreScopes(storeRows.views.map((v) => ({ storeId: v.magentoId, code: v.code, websiteId: v.websiteMagentoId }))),
    views: storeRows.views.map((v) => ({ id: v.id, magentoId: v.magentoId, websiteMagentoId: v.websiteMagentoId })),
    tree: await categoryTreeOf(src),
    overlappingRows: await categoryOverlapsOf(src),
    nullPolicy: src.options.nullPolicy,
    staged: src.edition === 'commerce',
  };
}

export const catalogCategories = declaredEntity<SourceCategory, CategoryPageContext, object>('catalog', {
  entity: 'categories',
  page: categoryPage,
  key: (src) => ({ columns: [src.edition === 'commerce' ? 'e.row_id' : 'e.entity_id'], of: (r) => Number(r.k) }),
  count: categoryCount,
  bounds: categoryBounds,
  eav: 'catalog_category',
  maxBatch: 1000,
  lookups: [...STORE_TREE_READS, ...ATTRIBUTE_READS, ...CATEGORY_TREE_READS],
  prepare: categoryContext,
  params: (src) => catalogParams(src),
  vars: (src) => catalogVars(src),
  map: (page, ctx) => mapCategoryPage(page, ctx),
  writes: [c.category, c.category_store],
  primaryTable: 'category',
  // Documents name their categories: those of products already loaded (none in a first run) follow.
  project: (_page, mapped) => [productDocuments.refreshForCategories(columnOf(mapped, 'category', 'id')), categoryTrees.refresh()],
});
