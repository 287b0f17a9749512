/**
 * Entity migration of categories: keyset pages of catalog_category_entity with their EAV values read by the
 * generic reader (extractors/eav), pivoted and scope-resolved per store view (transforms/eav-pivot.ts), then
 * mapped onto category + category_store. Orphans (a missing parent or ancestor) are DANGLING_REFERENCE rejects.
 */
import type { Batch, EntityMigration, Reject, SourceContext } from '../../../pipeline/types.ts';
import { loadEavAttributes } from '../../../extractors/eav/attributes.ts';
import { eavEntityTables } from '../../../extractors/eav/entity-tables.ts';
import { buildStoreScopes } from '../../../extractors/eav/stores.ts';
import { eavPages } from '../../../extractors/eav/value-reader.ts';
import { categorySkeletonOf, readCategoryPage, type SourceCategory } from '../../../extractors/catalog/categories.ts';
import { pivotEavValues } from '../../../transforms/eav-pivot.ts';
import { CATEGORY_COLUMNS, CATEGORY_STORE_COLUMNS, mapCategory, validateCategoryTree } from '../../../transforms/catalog/categories.ts';
import { catalogStoresOf } from './stores.ts';

/** Rows per category page (each category also yields one row per store view). */
const MAX_CATEGORIES_PER_BATCH = 1000;

function treeOf(src: SourceContext) {
  return src.memo('catalog.categoryTree', async () => validateCategoryTree(await categorySkeletonOf(src)));
}

function addStats(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

export const categoriesMigration: EntityMigration = {
  service: 'catalog',
  entity: 'categories',
  async countSource(src) {
    return (await categorySkeletonOf(src)).length;
  },
  async *batches(src, after) {
    const staged = src.edition === 'commerce';
    const version = src.options.stagingVersion;
    const tables = await eavEntityTables(src, 'catalog_category');
    const attributes = await loadEavAttributes(src, 'catalog_category');
    const storeRows = await catalogStoresOf(src);
    // Scopes of the loaded store views only: values of a deleted or rejected store view are orphan rows.
    const stores = buildStoreScopes(storeRows.views.map((v) => ({ storeId: v.magentoId, code: v.code, websiteId: v.websiteMagentoId })));
    const views = storeRows.views.map((v) => ({ id: v.id, magentoId: v.magentoId, websiteMagentoId: v.websiteMagentoId }));
    const tree = await treeOf(src);
    const limit = Math.max(1, Math.min(src.options.batchSize, MAX_CATEGORIES_PER_BATCH));
    let first = after === null;

    const pages = eavPages<SourceCategory>(src.conn, tables, {
      after: after === null ? null : Number(after),
      readPage: (from) => readCategoryPage(src.conn, staged, version, from, limit),
      keyOf: (row) => row.k,
    });
    for await (const page of pages) {
      // Categories rejected whole (outside the tree) are decided first, so their values are neither pivoted
      // nor rejected one by one (that would count them twice).
      const rejected = new Set<number>();
      for (const row of page.rows) {
        const verdict = tree.verdicts.get(row.entity_id);
        if (!verdict || !verdict.ok) rejected.add(row.k);
      }
      const pivot = pivotEavValues(page.values, page.rows.map((r) => r.k), {
        attributes,
        stores,
        nullPolicy: src.options.nullPolicy,
        ignoreKeys: rejected,
        describeKey: staged ? (k) => `row_id=${k}` : (k) => `entity_id=${k}`,
        countOrphanKeys: !staged,
      });
      const stats: Record<string, number> = {};
      addStats(stats, pivot.stats);
      if (first && tree.pathMismatches > 0) stats['categories.path_mismatch'] = tree.pathMismatches;
      first = false;
      const rejects: Reject[] = [];
      const categoryRows: unknown[][] = [];
      const storeValueRows: unknown[][] = [];
      const ids: NonNullable<Batch['ids']> = [];
      for (const row of page.rows) {
        const verdict = tree.verdicts.get(row.entity_id);
        if (!verdict || !verdict.ok) {
          // Absent from the skeleton: created after the run started; it is read with the next run.
          rejects.push({ sourceKey: `entity_id=${row.entity_id}`, reason: 'DANGLING_REFERENCE', detail: verdict && !verdict.ok ? verdict.detail : 'not in the category tree read at the start of the run' });
          continue;
        }
        const mapped = mapCategory(row, verdict, pivot.entities.get(row.k)!, views, stats, rejects);
        categoryRows.push(mapped.category);
        storeValueRows.push(...mapped.stores);
        ids.push(['category', row.entity_id, mapped.category[0] as string]);
      }
      rejects.push(...pivot.rejects);
      yield {
        lastKey: page.hi,
        sourceRows: page.rows.length,
        loadedRows: categoryRows.length,
        tables: {
          category: { columns: CATEGORY_COLUMNS, rows: categoryRows },
          category_store: { columns: CATEGORY_STORE_COLUMNS, rows: storeValueRows },
        },
        rejects,
        ids,
        stats,
        samples: categoryRows.slice(0, 2).map((r) => Object.fromEntries(CATEGORY_COLUMNS.map((c, i) => [c, r[i]]))),
      };
    }
  },
};
