/**
 * Entity migrations of the store tree: websites, store groups, store views. Each is one small batch (the
 * tree is a lookup table); keyset on the Magento id so a resumed run skips what is loaded.
 */
import type { Batch, EntityMigration, Reject, SourceContext } from '../../../pipeline/types.ts';
import { storeTreeOf } from '../../../extractors/catalog/store-tree.ts';
import { mapStoreTree, type StoreTreeRows } from '../../../transforms/catalog/store-tree.ts';

/** The mapped store tree of this run (shared by every catalog entity: store ids, codes, websites). */
export function catalogStoresOf(src: SourceContext): Promise<StoreTreeRows> {
  return src.memo('catalog.storeRows', async () => mapStoreTree(await storeTreeOf(src)));
}

/** Magento store id -> store.id (UUID) of the loaded store views; store 0 (admin / default scope) excluded. */
export async function storeUuidsOf(src: SourceContext): Promise<Map<number, string>> {
  const rows = await catalogStoresOf(src);
  return new Map(rows.views.map((v) => [v.magentoId, v.id]));
}

type StoreTree = Awaited<ReturnType<typeof storeTreeOf>>;

/** One level of the tree: its source rows, its mapped rows and how they become the service's table. */
interface StoreTreeLevel<S, L extends { magentoId: number; id: string }> {
  entity: string;
  idType: string;
  table: string;
  columns: string[];
  source(tree: StoreTree): S[];
  sourceId(s: S): number;
  loaded(rows: StoreTreeRows): L[];
  row(l: L): unknown[];
  rejects(rows: StoreTreeRows): Reject[];
  stats?(tree: StoreTree): Record<string, number>;
}

/** Each level is one small batch (the tree is a lookup table), keyset on the Magento id. */
function storeTreeMigration<S, L extends { magentoId: number; id: string }>(level: StoreTreeLevel<S, L>): EntityMigration {
  return {
    service: 'catalog',
    entity: level.entity,
    async countSource(src) {
      return level.source(await storeTreeOf(src)).length;
    },
    async *batches(src, after) {
      const tree = await storeTreeOf(src);
      const rows = await catalogStoresOf(src);
      const from = after === null ? 0 : Number(after);
      const source = level.source(tree).filter((r) => level.sourceId(r) > from);
      if (source.length === 0) return;
      const loaded = level.loaded(rows).filter((l) => l.magentoId > from);
      const batch: Batch = {
        lastKey: level.sourceId(source[source.length - 1]),
        sourceRows: source.length,
        loadedRows: loaded.length,
        tables: { [level.table]: { columns: level.columns, rows: loaded.map(level.row) } },
        rejects: level.rejects(rows).filter((r) => Number(r.sourceKey.split('=')[1]) > from),
        ids: loaded.map((l) => [level.idType, l.magentoId, l.id]),
        samples: loaded.slice(0, 3),
      };
      if (level.stats) batch.stats = level.stats(tree);
      yield batch;
    },
  };
}

export const websitesMigration = storeTreeMigration({
  entity: 'websites',
  idType: 'website',
  table: 'website',
  columns: ['id', 'magento_id', 'code', 'name', 'sort_order', 'is_default', 'default_group_id', 'base_currency'],
  source: (tree) => tree.websites,
  sourceId: (w) => w.website_id,
  loaded: (rows) => rows.websites,
  row: (w) => [w.id, w.magentoId, w.code, w.name, w.sortOrder, w.isDefault, w.defaultGroupId, w.baseCurrency],
  rejects: (rows) => rows.rejects.websites,
  stats: (tree): Record<string, number> => (tree.hasConfigTable ? {} : { 'stores.no_core_config_data': 1 }),
});

export const storeGroupsMigration = storeTreeMigration({
  entity: 'store_groups',
  idType: 'store_group',
  table: 'store_group',
  columns: ['id', 'magento_id', 'website_id', 'code', 'name', 'root_category_id', 'root_category_magento_id', 'default_store_id'],
  source: (tree) => tree.groups,
  sourceId: (g) => g.group_id,
  loaded: (rows) => rows.groups,
  row: (g) => [g.id, g.magentoId, g.websiteId, g.code, g.name, g.rootCategoryId, g.rootCategoryMagentoId, g.defaultStoreId],
  rejects: (rows) => rows.rejects.groups,
});

export const storeViewsMigration = storeTreeMigration({
  entity: 'store_views',
  idType: 'store',
  table: 'store',
  columns: ['id', 'magento_id', 'code', 'name', 'website_id', 'group_id', 'sort_order', 'is_active', 'locale', 'base_currency', 'default_display_currency', 'root_category_id'],
  source: (tree) => tree.views,
  sourceId: (s) => s.store_id,
  loaded: (rows) => rows.views,
  row: (s) => [s.id, s.magentoId, s.code, s.name, s.websiteId, s.groupId, s.sortOrder, s.isActive, s.locale, s.baseCurrency, s.defaultDisplayCurrency, s.rootCategoryId],
  rejects: (rows) => rows.rejects.views,
});

export const storeTreeMigrations: EntityMigration[] = [websitesMigration, storeGroupsMigration, storeViewsMigration];
