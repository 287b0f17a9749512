/**
 * The store tree: websites, store groups, store views. Each level is one page of its ids (the tree is a
 * lookup table, read whole once per run and mapped by transforms/catalog/store-tree.ts); keyset on the
 * Magento id, so a resumed run skips what is loaded.
 */
import { catalogContract as c, categoryTrees, productDocuments } from '../../services/catalog/index.ts';
import { storeGroupKeys, storeKeys, websiteKeys } from '../../sql/source/catalog/index.ts';
import { mapStoreLevelPage, type StoreTreeLevel } from '../../transforms/catalog/store-tree.ts';
import { declaredEntity } from '../declared-entity.ts';
import { catalogStoresOf, STORE_TREE_READS, storeTreeOf } from './lookups.ts';
import type { SqlQuery } from '../../sql/query.ts';
import type { SourceContext } from '../../extractors/source.ts';

/** A store tree level in one page: there are a handful of websites and stores, even on a large store. */
const WHOLE_LEVEL = 100_000;

function level<K extends string, L extends { magentoId: number; id: string }>(
  entity: string,
  keys: SqlQuery<Record<K, number>>,
  keyColumn: K,
  sql: string,
  count: (tree: Awaited<ReturnType<typeof storeTreeOf>>) => number,
  spec: StoreTreeLevel<L>,
) {
  return declaredEntity('catalog', {
    entity,
    page: keys,
    key: { columns: [sql], of: (r: Record<K, number>) => Number(r[keyColumn]) },
    count: async (src: SourceContext) => count(await storeTreeOf(src)),
    lookups: STORE_TREE_READS,
    pageSize: WHOLE_LEVEL,
    prepare: async (src: SourceContext) => ({ tree: await storeTreeOf(src), rows: await catalogStoresOf(src) }),
    map: (page, ctx) => mapStoreLevelPage(spec, page.rows.map((r) => Number(r[keyColumn])), ctx.tree, ctx.rows),
    writes: [spec.contract],
    primaryTable: spec.contract.table,
    // Documents exist per store view and name websites: those already built (none in a first run) follow.
    // The category trees too: a store view's root category and its names come with the store tree.
    project: () => [productDocuments.refreshBuilt(), categoryTrees.refresh()],
  });
}

export const websites = level('websites', websiteKeys, 'website_id', 'w.website_id', (t) => t.websites.length, {
  idType: 'website',
  contract: c.website,
  loaded: (rows) => rows.websites,
  row: (w) => [w.id, w.magentoId, w.code, w.name, w.sortOrder, w.isDefault, w.defaultGroupId, w.baseCurrency],
  rejects: (rows) => rows.rejects.websites,
  stats: (tree): Record<string, number> => (tree.hasConfigTable ? {} : { 'stores.no_core_config_data': 1 }),
});

export const storeGroups = level('store_groups', storeGroupKeys, 'group_id', 'g.group_id', (t) => t.groups.length, {
  idType: 'store_group',
  contract: c.store_group,
  loaded: (rows) => rows.groups,
  row: (g) => [g.id, g.magentoId, g.websiteId, g.code, g.name, g.rootCategoryId, g.rootCategoryMagentoId, g.defaultStoreId],
  rejects: (rows) => rows.rejects.groups,
});

export const storeViews = level('store_views', storeKeys, 'store_id', 's.store_id', (t) => t.views.length, {
  idType: 'store',
  contract: c.store,
  loaded: (rows) => rows.views,
  row: (s) => [s.id, s.magentoId, s.code, s.name, s.websiteId, s.groupId, s.sortOrder, s.isActive, s.locale, s.baseCurrency, s.defaultDisplayCurrency, s.rootCategoryId],
  rejects: (rows) => rows.rejects.views,
});
