/**
 * The catalog's lookups, read once per run and shared by its entities (src.memo): the store tree, entity
 * types, attribute metadata, the category tree's shape, the SKU verdicts. Each reads through extractors/
 * and is interpreted by transforms/: this file only wires the two.
 */
import { readCatalogEntityTypeRows, readCategoryOverlaps, readCategorySkeleton, readSkuVerdictRows } from '../../extractors/catalog/lookups.ts';
import { catalogParams, catalogVars, isStaged } from '../../extractors/catalog/sql-vars.ts';
import { readStoreTree } from '../../extractors/catalog/store-tree.ts';
import type { SourceContext } from '../../extractors/source.ts';
import {
  attributeEntityTypes, categoryOverlappingVersions, categorySkeleton, productDuplicateSkus, productNoSku, productOverlappingVersions,
  storeConfig, storeGroups, storeViews, storeWebsites, type SourceStoreTree,
} from '../../sql/source/catalog/index.ts';
import { validateCategoryTree } from '../../transforms/catalog/categories.ts';
import { buildCatalogEntityTypes, type CatalogEntityTypes } from '../../transforms/catalog/entity-types.ts';
import { buildSkuVerdicts, type SkuVerdicts } from '../../transforms/catalog/product-verdicts.ts';
import { mapStoreTree, type StoreTreeRows } from '../../transforms/catalog/store-tree.ts';
import { buildStoreScopes } from '../../transforms/eav/store-scopes.ts';
import type { StoreScopes } from '../../transforms/eav/types.ts';
import { catalogAttributes, entityType } from '../../sql/source/eav/index.ts';

export { attributeCatalogOf } from '../eav-lookups.ts';

/** Queries the lookups below run (declared by the entities that use them). */
export const STORE_TREE_READS = [storeWebsites, storeGroups, storeViews, storeConfig];
export const ATTRIBUTE_READS = [catalogAttributes, entityType];
export const SKU_VERDICT_READS = [productNoSku, productDuplicateSkus, productOverlappingVersions];
export const CATEGORY_TREE_READS = [categorySkeleton, categoryOverlappingVersions];
export const ENTITY_TYPE_READS = [attributeEntityTypes];

export function storeTreeOf(src: SourceContext): Promise<SourceStoreTree> {
  return src.memo('catalog.storeTree', () => readStoreTree(src.conn, src.schema));
}

/** The mapped store tree of this run (shared by every catalog entity: store ids, codes, websites). */
export function catalogStoresOf(src: SourceContext): Promise<StoreTreeRows> {
  return src.memo('catalog.storeRows', async () => mapStoreTree(await storeTreeOf(src)));
}

/** Magento store id -> store.id (UUID) of the loaded store views; store 0 (admin / default scope) excluded. */
export async function storeUuidsOf(src: SourceContext): Promise<Map<number, string>> {
  const rows = await catalogStoresOf(src);
  return new Map(rows.views.map((v) => [v.magentoId, v.id]));
}

/** The store views and websites the catalog loads, as scopes: a value on any other store is an orphan row. */
export function catalogScopesOf(src: SourceContext): Promise<{ stores: StoreScopes; websites: Set<number> }> {
  return src.memo('catalog.scopes', async () => {
    const tree = await catalogStoresOf(src);
    return {
      stores: buildStoreScopes(tree.views.map((v) => ({ storeId: v.magentoId, code: v.code, websiteId: v.websiteMagentoId }))),
      websites: new Set(tree.websites.map((w) => w.magentoId)),
    };
  });
}

export function entityTypesOf(src: SourceContext): Promise<CatalogEntityTypes> {
  return src.memo('catalog.entityTypes', async () => buildCatalogEntityTypes(await readCatalogEntityTypeRows(src.conn)));
}

export function skuVerdictsOf(src: SourceContext): Promise<SkuVerdicts> {
  return src.memo('catalog.skuVerdicts', async () => buildSkuVerdicts(await readSkuVerdictRows(src.conn, isStaged(src), catalogParams(src), catalogVars(src))));
}

export function categoryTreeOf(src: SourceContext) {
  return src.memo('catalog.categoryTree', async () => validateCategoryTree(await readCategorySkeleton(src.conn, catalogParams(src), catalogVars(src))));
}

export function categoryOverlapsOf(src: SourceContext): Promise<Set<number>> {
  return src.memo('catalog.categoryOverlaps', () => readCategoryOverlaps(src.conn, isStaged(src), catalogParams(src), catalogVars(src)));
}
