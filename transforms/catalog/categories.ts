/**
 * Categories, pure: validates the tree's shape (a category loads only when its whole ancestry exists) and maps
 * a category's scoped EAV values onto the category row (default values) and one category_store row per store
 * view (what that store view sees, resolved by transforms/scope-resolution.ts).
 */
import type { Mapped, NullPolicy, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { catalogContract as c } from '../../services/catalog/index.ts';
import type { CategorySkeletonRow, SourceCategory } from '../../sql/source/catalog/index.ts';
import { pivotEavValues } from '../eav/pivot.ts';
import { resolveStoreView } from '../eav/scope-resolution.ts';
import type { EavAttributeCatalog, EavValue, RawEavValues, ScopedValues, StoreScopes } from '../eav/types.ts';

export type TreeVerdict =
  | { ok: true; path: string; level: number; parentId: number | null }
  | { ok: false; reason: 'DANGLING_REFERENCE'; detail: string };

/**
 * The tree as parent links define it. Magento's path is a cache of those links; we rebuild it from them
 * (so the API's subtree reads are right even where the stored path went stale) and count the differences.
 * A category whose parent is missing, or whose ancestor is, or that sits in a parent cycle, is a
 * DANGLING_REFERENCE: it cannot hang anywhere in the tree.
 */
export function validateCategoryTree(rows: CategorySkeletonRow[]): { verdicts: Map<number, TreeVerdict>; pathMismatches: number } {
  const parentOf = new Map<number, number>();
  const stored = new Map<number, CategorySkeletonRow>();
  for (const r of rows) {
    parentOf.set(r.entity_id, r.parent_id);
    stored.set(r.entity_id, r);
  }
  const verdicts = new Map<number, TreeVerdict>();
  const visit = (id: number, seen: Set<number>): TreeVerdict => {
    const known = verdicts.get(id);
    if (known) return known;
    const parent = parentOf.get(id)!;
    let v: TreeVerdict;
    if (parent === 0) {
      v = { ok: true, path: String(id), level: 0, parentId: null };
    } else if (!parentOf.has(parent)) {
      v = { ok: false, reason: 'DANGLING_REFERENCE', detail: `parent_id=${parent} not found` };
    } else if (seen.has(parent)) {
      v = { ok: false, reason: 'DANGLING_REFERENCE', detail: `parent cycle through entity_id=${parent}` };
    } else {
      seen.add(id);
      const p = visit(parent, seen);
      v = p.ok
        ? { ok: true, path: `${p.path}/${id}`, level: p.level + 1, parentId: parent }
        : { ok: false, reason: 'DANGLING_REFERENCE', detail: `ancestor not loadable (${p.detail})` };
    }
    verdicts.set(id, v);
    return v;
  };
  let pathMismatches = 0;
  for (const r of rows) {
    const v = visit(r.entity_id, new Set());
    if (v.ok && v.path !== r.path) pathMismatches++;
  }
  return { verdicts, pathMismatches };
}

/** Attribute codes with their own columns; every other attribute goes into the `attributes` jsonb. */
const COLUMN_CODES = ['name', 'url_key', 'url_path', 'is_active', 'include_in_menu', 'description'] as const;
const COLUMN_SET = new Set<string>(COLUMN_CODES);


export interface StoreViewRef {
  magentoId: number;
  websiteMagentoId: number;
  id: string;
}

const str = (v: EavValue | undefined): string | null => (v === undefined ? null : Array.isArray(v) ? v.join(',') : String(v));
const bool = (v: EavValue | undefined): boolean | null => (v === undefined ? null : Number(Array.isArray(v) ? v[0] : v) !== 0);

/** The six columns and the rest, from what one scope sees. */
function split(values: Record<string, EavValue>): unknown[] {
  const rest: Record<string, EavValue> = {};
  for (const [k, v] of Object.entries(values)) if (!COLUMN_SET.has(k)) rest[k] = v;
  return [str(values.name), str(values.url_key), str(values.url_path), bool(values.is_active), bool(values.include_in_menu), str(values.description), rest];
}

/** "2024-01-31 10:00:00" (session time zone UTC) -> ISO 8601 UTC; zero dates -> null. */
export function timestampOf(s: string | null): string | null {
  if (!s || s.startsWith('0000') || s.slice(5, 7) === '00' || s.slice(8, 10) === '00') return null;
  return `${s.slice(0, 10)}T${s.length > 10 ? s.slice(11, 19) : '00:00:00'}Z`;
}

export function mapCategory(
  c: SourceCategory,
  verdict: Extract<TreeVerdict, { ok: true }>,
  scoped: ScopedValues,
  views: StoreViewRef[],
  stats: Record<string, number>,
  rejects: Reject[] = [],
): { category: unknown[]; stores: unknown[][] } {
  const id = entityUuid('category', c.entity_id);
  const created = timestampOf(c.created_at);
  const updated = timestampOf(c.updated_at);
  // A zero created_at/updated_at (Postgres has no such date) is loaded as NULL and rejected as a value, as products do.
  if (c.created_at && !created) rejects.push({ sourceKey: `entity_id=${c.entity_id},attribute=created_at,store=0`, reason: 'ZERO_DATE', detail: c.created_at });
  if (c.updated_at && !updated) rejects.push({ sourceKey: `entity_id=${c.entity_id},attribute=updated_at,store=0`, reason: 'ZERO_DATE', detail: c.updated_at });
  if (verdict.level !== c.level) stats['categories.level_mismatch'] = (stats['categories.level_mismatch'] ?? 0) + 1;
  const category = [
    id, c.entity_id, verdict.parentId === null ? null : entityUuid('category', verdict.parentId), verdict.parentId, verdict.path, verdict.level,
    c.position, c.children_count, c.attribute_set_id > 0 ? entityUuid('attribute_set', c.attribute_set_id) : null, created, updated,
    ...split(scoped.defaults),
  ];
  const stores = views.map((v) => [id, v.id, ...split(resolveStoreView(scoped, v.magentoId, v.websiteMagentoId))]);
  return { category, stores };
}

export interface CategoryPageContext {
  attributes: EavAttributeCatalog;
  /** Scopes of the loaded store views only: values of a deleted or rejected store view are orphan rows. */
  stores: StoreScopes;
  views: StoreViewRef[];
  tree: { verdicts: Map<number, TreeVerdict>; pathMismatches: number };
  /** Commerce: row_ids of a second version current at the same time (rejected: OVERLAPPING_VERSION). */
  overlappingRows: ReadonlySet<number>;
  nullPolicy: NullPolicy;
  staged: boolean;
}

export interface CategoryPage {
  rows: SourceCategory[];
  values?: RawEavValues;
  /** The first page of a walk from the start (run-level counters are reported once). */
  first: boolean;
}

/** A page of categories -> category + category_store rows. Orphans (a missing parent or ancestor) are DANGLING_REFERENCE rejects. */
export function mapCategoryPage(page: CategoryPage, ctx: CategoryPageContext): Mapped {
  const rows = page.rows.map(numericCategory);
  // Categories rejected whole are decided first, so their values are neither pivoted nor rejected one by one
  // (that would count them twice).
  const rejected = new Set<number>();
  for (const row of rows) {
    const verdict = ctx.tree.verdicts.get(row.entity_id);
    if (!verdict || !verdict.ok || ctx.overlappingRows.has(row.k)) rejected.add(row.k);
  }
  const pivot = pivotEavValues(page.values!, rows.map((r) => r.k), {
    attributes: ctx.attributes,
    stores: ctx.stores,
    nullPolicy: ctx.nullPolicy,
    ignoreKeys: rejected,
    describeKey: ctx.staged ? (k) => `row_id=${k}` : (k) => `entity_id=${k}`,
    countOrphanKeys: !ctx.staged,
  });
  const stats: Record<string, number> = {};
  for (const [k, v] of Object.entries(pivot.stats)) stats[k] = (stats[k] ?? 0) + v;
  if (page.first && ctx.tree.pathMismatches > 0) stats['categories.path_mismatch'] = ctx.tree.pathMismatches;
  const rejects: Reject[] = [];
  const categoryRows: unknown[][] = [];
  const storeValueRows: unknown[][] = [];
  const ids: NonNullable<Mapped['ids']> = [];
  for (const row of rows) {
    if (ctx.overlappingRows.has(row.k)) {
      rejects.push({ sourceKey: `entity_id=${row.entity_id},row_id=${row.k}`, reason: 'OVERLAPPING_VERSION', detail: `another row_id of entity_id=${row.entity_id} is current at the same staging version` });
      continue;
    }
    const verdict = ctx.tree.verdicts.get(row.entity_id);
    if (!verdict || !verdict.ok) {
      // Absent from the skeleton: created after the run started; it is read with the next run.
      rejects.push({ sourceKey: `entity_id=${row.entity_id}`, reason: 'DANGLING_REFERENCE', detail: verdict && !verdict.ok ? verdict.detail : 'not in the category tree read at the start of the run' });
      continue;
    }
    const mapped = mapCategory(row, verdict, pivot.entities.get(row.k)!, ctx.views, stats, rejects);
    categoryRows.push(mapped.category);
    storeValueRows.push(...mapped.stores);
    ids.push(['category', row.entity_id, mapped.category[0] as string]);
  }
  rejects.push(...pivot.rejects);
  return {
    loadedRows: categoryRows.length,
    tables: {
      category: { columns: c.category.columns, rows: categoryRows },
      category_store: { columns: c.category_store.columns, rows: storeValueRows },
    },
    rejects,
    ids,
    stats,
    samples: categoryRows.slice(0, 2).map((r) => Object.fromEntries(c.category.columns.map((col, i) => [col, r[i]]))),
  };
}

const INT_COLUMNS = ['k', 'entity_id', 'attribute_set_id', 'parent_id', 'position', 'level', 'children_count'] as const;

function numericCategory(r: SourceCategory): SourceCategory {
  const o = { ...r } as Record<string, unknown>;
  for (const col of INT_COLUMNS) if (col in o) o[col] = Number(o[col]);
  return o as unknown as SourceCategory;
}
