/**
 * Entity migrations of the store tree: websites, store groups, store views. Each is one small batch (the
 * tree is a lookup table); keyset on the Magento id so a resumed run skips what is loaded.
 */
import type { Batch, EntityMigration, Key, SourceContext } from '../../../pipeline/types.ts';
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

function afterKey(after: Key | null): number {
  return after === null ? 0 : Number(after);
}

export const websitesMigration: EntityMigration = {
  service: 'catalog',
  entity: 'websites',
  async countSource(src) {
    return (await storeTreeOf(src)).websites.length;
  },
  async *batches(src, after) {
    const tree = await storeTreeOf(src);
    const rows = await catalogStoresOf(src);
    const from = afterKey(after);
    const source = tree.websites.filter((w) => w.website_id > from);
    if (source.length === 0) return;
    const loaded = rows.websites.filter((w) => w.magentoId > from);
    const batch: Batch = {
      lastKey: source[source.length - 1].website_id,
      sourceRows: source.length,
      loadedRows: loaded.length,
      tables: {
        website: {
          columns: ['id', 'magento_id', 'code', 'name', 'sort_order', 'is_default', 'default_group_id', 'base_currency'],
          rows: loaded.map((w) => [w.id, w.magentoId, w.code, w.name, w.sortOrder, w.isDefault, w.defaultGroupId, w.baseCurrency]),
        },
      },
      rejects: rows.rejects.websites.filter((r) => Number(r.sourceKey.split('=')[1]) > from),
      ids: loaded.map((w) => ['website', w.magentoId, w.id]),
      stats: tree.hasConfigTable ? {} : { 'stores.no_core_config_data': 1 },
      samples: loaded.slice(0, 3),
    };
    yield batch;
  },
};

export const storeGroupsMigration: EntityMigration = {
  service: 'catalog',
  entity: 'store_groups',
  async countSource(src) {
    return (await storeTreeOf(src)).groups.length;
  },
  async *batches(src, after) {
    const tree = await storeTreeOf(src);
    const rows = await catalogStoresOf(src);
    const from = afterKey(after);
    const source = tree.groups.filter((g) => g.group_id > from);
    if (source.length === 0) return;
    const loaded = rows.groups.filter((g) => g.magentoId > from);
    yield {
      lastKey: source[source.length - 1].group_id,
      sourceRows: source.length,
      loadedRows: loaded.length,
      tables: {
        store_group: {
          columns: ['id', 'magento_id', 'website_id', 'code', 'name', 'root_category_id', 'root_category_magento_id', 'default_store_id'],
          rows: loaded.map((g) => [g.id, g.magentoId, g.websiteId, g.code, g.name, g.rootCategoryId, g.rootCategoryMagentoId, g.defaultStoreId]),
        },
      },
      rejects: rows.rejects.groups.filter((r) => Number(r.sourceKey.split('=')[1]) > from),
      ids: loaded.map((g) => ['store_group', g.magentoId, g.id]),
      samples: loaded.slice(0, 3),
    };
  },
};

export const storeViewsMigration: EntityMigration = {
  service: 'catalog',
  entity: 'store_views',
  async countSource(src) {
    return (await storeTreeOf(src)).views.length;
  },
  async *batches(src, after) {
    const tree = await storeTreeOf(src);
    const rows = await catalogStoresOf(src);
    const from = afterKey(after);
    const source = tree.views.filter((s) => s.store_id > from);
    if (source.length === 0) return;
    const loaded = rows.views.filter((s) => s.magentoId > from);
    yield {
      lastKey: source[source.length - 1].store_id,
      sourceRows: source.length,
      loadedRows: loaded.length,
      tables: {
        store: {
          columns: ['id', 'magento_id', 'code', 'name', 'website_id', 'group_id', 'sort_order', 'is_active', 'locale', 'base_currency', 'default_display_currency', 'root_category_id'],
          rows: loaded.map((s) => [s.id, s.magentoId, s.code, s.name, s.websiteId, s.groupId, s.sortOrder, s.isActive, s.locale, s.baseCurrency, s.defaultDisplayCurrency, s.rootCategoryId]),
        },
      },
      rejects: rows.rejects.views.filter((r) => Number(r.sourceKey.split('=')[1]) > from),
      ids: loaded.map((s) => ['store', s.magentoId, s.id]),
      samples: loaded.slice(0, 3),
    };
  },
};

export const storeTreeMigrations: EntityMigration[] = [websitesMigration, storeGroupsMigration, storeViewsMigration];
