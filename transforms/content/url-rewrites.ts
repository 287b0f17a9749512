/**
 * url_rewrite onto the content service's redirect map (services/content/migrations/003_url_redirects.sql):
 * for every store view and request path, where it leads now. Pure.
 *
 *  - A canonical row (redirect_type 0 of a product, category or CMS page) leads to its entity, at its own
 *    path; a product row under a category (target catalog/product/view/id/N/category/C, metadata
 *    {"category_id":"C"}) keeps the category.
 *  - A redirect (301/302) or custom row is followed through the others (url-chains.ts) to the canonical row
 *    at the end of its chain (A -> B -> C becomes A -> C, with the chain's hops counted); a chain that ends
 *    at a path nothing rewrites any more leads, for a product/category/page redirect, to that entity's current
 *    canonical path ('url.repointed_to_entity'), otherwise to the custom target as stored.
 *
 * Rejects (not loaded): REDIRECT_LOOP (a chain that comes back, or runs past Magento's 100 routing cycles),
 * CONFLICTING_TARGET (entity_id and the target route name different entities), CONFLICTING_CATEGORY (metadata
 * and target route name different categories), DUPLICATE_REQUEST_PATH (a case-only duplicate of an earlier
 * row under a case-sensitive collation), DANGLING_REFERENCE (a deleted store, product, category or page),
 * NO_REQUEST_PATH, NO_TARGET, BAD_REDIRECT_TYPE, NUL_BYTE.
 */
import { unserialize } from 'php-serialize';
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { contentContract as c } from '../../services/content/index.ts';
import type { SourceUrlRewrite } from '../../sql/source/content/index.ts';
import { hasNul } from '../values.ts';
import { ENTITY_TYPES, followHops, lookupKey, pathKey, pathVariants, type Hop, type HopMap } from './url-chains.ts';

export interface RewriteLookups {
  /** Store ids the service loads (store 0 included). */
  stores: ReadonlySet<number>;
  hops: HopMap;
  /** Ids that exist, per Magento entity type (product, category, cms-page). */
  exists: Record<string, ReadonlySet<number>>;
  /** url_rewrite_ids that repeat an earlier row's path but for letter case. */
  duplicates: ReadonlySet<number>;
}

/** What a page's chains end at, read by enrich: rows by (store, path), canonical rows by (store, type, id). */
export interface RewriteFinds {
  byPath: readonly SourceUrlRewrite[];
  canonicals: readonly SourceUrlRewrite[];
}

interface Target {
  type: 'product' | 'category' | 'cms_page';
  id: string;
  magentoId: number;
  categoryId: string | null;
  categoryMagentoId: number | null;
}

const ROUTES: Record<string, RegExp> = {
  product: /^catalog\/product\/view\/id\/(\d+)(?:\/category\/(\d+))?/,
  category: /^catalog\/category\/view\/id\/(\d+)/,
  'cms-page': /^cms\/page\/view\/page_id\/(\d+)/,
};
const UUID_TYPE: Record<string, Target['type']> = { product: 'product', category: 'category', 'cms-page': 'cms_page' };
const ID_TYPE: Record<string, string> = { product: 'product', category: 'category', 'cms-page': 'cms_page' };

/** metadata: JSON since 2.2, PHP serialize() in 2.1 (converted by Magento's upgrade, not always). */
const SIMPLE_METADATA = /^\{"category_id":"?(\d+)"?\}$/;

export function metadataCategory(metadata: string | null): number | null | undefined {
  if (metadata === null || metadata.trim() === '' || metadata === '[]' || metadata === '{}') return null;
  // The shape Magento writes (2.2+), read without a JSON parse per row.
  const simple = SIMPLE_METADATA.exec(metadata);
  if (simple) return Number(simple[1]);
  try {
    const v = (metadata.startsWith('a:') ? unserialize(metadata) : JSON.parse(metadata)) as Record<string, unknown> | null;
    const cat = v && typeof v === 'object' ? v.category_id : undefined;
    return cat === undefined || cat === null || cat === '' ? null : Number(cat);
  } catch {
    return undefined;
  }
}

type TargetOrReject = { ok: true; target: Target } | { ok: false; reason: string; detail: string };

/** UUIDs of one page's entities: rows of a product in every store view and category sit side by side. */
class UuidCache {
  private readonly m = new Map<string, string>();
  get(type: string, id: number): string {
    const k = `${type}:${id}`;
    let v = this.m.get(k);
    if (v === undefined) this.m.set(k, (v = entityUuid(type, id)));
    return v;
  }
}

/** The entity a canonical row shows (its target route), checked against its entity_id, metadata and existence. */
function canonicalTarget(r: SourceUrlRewrite, lookups: RewriteLookups, stats: Record<string, number>, uuids: UuidCache): TargetOrReject {
  const type = r.entity_type;
  const route = ROUTES[type]?.exec(r.target_path ?? '');
  const entityId = Number(r.entity_id);
  const id = route ? Number(route[1]) : entityId;
  if (route && id !== entityId) return { ok: false, reason: 'CONFLICTING_TARGET', detail: `entity_id ${entityId}, target ${r.target_path}` };
  if (!route) stats['url.unparsed_routes'] = (stats['url.unparsed_routes'] ?? 0) + 1;
  if (!lookups.exists[type]?.has(id)) return { ok: false, reason: 'DANGLING_REFERENCE', detail: `${type} ${id} does not exist` };
  let category: number | null = null;
  if (type === 'product') {
    const fromRoute = route?.[2] ? Number(route[2]) : null;
    const fromMeta = metadataCategory(r.metadata);
    if (fromMeta === undefined) stats['url.unreadable_metadata'] = (stats['url.unreadable_metadata'] ?? 0) + 1;
    if (fromRoute !== null && typeof fromMeta === 'number' && fromMeta !== fromRoute) {
      return { ok: false, reason: 'CONFLICTING_CATEGORY', detail: `metadata category ${fromMeta}, target ${r.target_path}` };
    }
    category = fromRoute ?? (typeof fromMeta === 'number' ? fromMeta : null);
    if (category !== null && !lookups.exists.category?.has(category)) return { ok: false, reason: 'DANGLING_REFERENCE', detail: `category ${category} does not exist` };
  }
  return {
    ok: true,
    target: { type: UUID_TYPE[type], id: uuids.get(ID_TYPE[type], id), magentoId: id, categoryId: category === null ? null : uuids.get('category', category), categoryMagentoId: category },
  };
}

export function asHop(r: SourceUrlRewrite): Hop {
  return {
    id: Number(r.url_rewrite_id), store: Number(r.store_id), requestPath: r.request_path ?? '', targetPath: r.target_path,
    type: Number(r.redirect_type), entityType: r.entity_type, entityId: Number(r.entity_id),
  };
}

export const isCanonical = (r: { redirect_type: number; entity_type: string }): boolean => Number(r.redirect_type) === 0 && ENTITY_TYPES.has(r.entity_type);

/** The paths (with their trailing-slash variants) a page's redirect chains end at: what enrich reads. */
export function chainEnds(rows: readonly SourceUrlRewrite[], hops: HopMap): string[] {
  const paths = new Set<string>();
  for (const r of rows) {
    if (isCanonical(r) || !r.request_path) continue;
    const f = followHops(asHop(r), hops);
    if (f.kind === 'end') for (const p of pathVariants(f.path)) paths.add(p);
  }
  return [...paths];
}

/** Entities whose redirect chain ends nowhere: re-pointed to their canonical path (enrich reads those). */
export function danglingRedirectEntities(rows: readonly SourceUrlRewrite[], hops: HopMap, byPath: readonly SourceUrlRewrite[]): number[] {
  const found = indexByPath(byPath);
  const ids = new Set<number>();
  for (const r of rows) {
    if (isCanonical(r) || !r.request_path || !ENTITY_TYPES.has(r.entity_type) || Number(r.entity_id) <= 0) continue;
    const f = followHops(asHop(r), hops);
    if (f.kind === 'end' && !findCanonical(found, Number(r.store_id), f.path)) ids.add(Number(r.entity_id));
  }
  return [...ids];
}

function indexByPath(rows: readonly SourceUrlRewrite[]): Map<string, SourceUrlRewrite> {
  const m = new Map<string, SourceUrlRewrite>();
  for (const r of rows) if (r.request_path && isCanonical(r)) m.set(pathKey(Number(r.store_id), r.request_path), r);
  return m;
}

function findCanonical(found: Map<string, SourceUrlRewrite>, store: number, path: string): SourceUrlRewrite | undefined {
  for (const p of pathVariants(path)) {
    const r = found.get(pathKey(store, p));
    if (r) return r;
  }
  return undefined;
}

/** An entity's canonical path in a store: its row without a category, the lowest url_rewrite_id. */
function indexCanonicals(rows: readonly SourceUrlRewrite[]): Map<string, SourceUrlRewrite> {
  const m = new Map<string, SourceUrlRewrite>();
  for (const r of rows) {
    if (!r.request_path || /\/category\/\d+/.test(r.target_path ?? '')) continue;
    const key = `${r.store_id}|${r.entity_type}|${r.entity_id}`;
    const had = m.get(key);
    if (!had || Number(had.url_rewrite_id) > Number(r.url_rewrite_id)) m.set(key, r);
  }
  return m;
}

/** A row of url_redirect, in the contract's column order. */
function redirectRow(r: SourceUrlRewrite, redirectType: number, target: Target | null, path: string, hops: number): unknown[] {
  return [
    Number(r.url_rewrite_id), Number(r.store_id), r.request_path, lookupKey(r.request_path as string), redirectType, r.entity_type, target ? target.type : 'custom',
    target ? target.id : null, target ? target.magentoId : null, path, target ? target.categoryId : null, target ? target.categoryMagentoId : null, hops,
  ];
}

/** Why a row cannot load before its target is looked at (null: it can). */
function rowProblem(r: SourceUrlRewrite, lookups: RewriteLookups): [string, string?] | null {
  const type = Number(r.redirect_type);
  if (!r.request_path) return ['NO_REQUEST_PATH'];
  if (hasNul(r.request_path) || hasNul(r.target_path)) return ['NUL_BYTE'];
  if (!lookups.stores.has(Number(r.store_id))) return ['DANGLING_REFERENCE', `store ${r.store_id} does not exist`];
  if (type !== 0 && type !== 301 && type !== 302) return ['BAD_REDIRECT_TYPE', String(type)];
  if (lookups.duplicates.size && lookups.duplicates.has(Number(r.url_rewrite_id))) return ['DUPLICATE_REQUEST_PATH', 'an earlier rewrite of this store has the same path but for letter case'];
  return null;
}

function count(stats: Record<string, number>, k: string): void {
  stats[k] = (stats[k] ?? 0) + 1;
}

export function mapUrlRewrites(rows: readonly SourceUrlRewrite[], lookups: RewriteLookups, finds: RewriteFinds): Mapped {
  const byPath = indexByPath(finds.byPath);
  const canonicals = indexCanonicals(finds.canonicals);
  const out: unknown[][] = [];
  const rejects: Reject[] = [];
  const stats: Record<string, number> = {};
  const uuids = new UuidCache();
  for (const r of rows) {
    const problem = rowProblem(r, lookups);
    if (problem) { rejects.push(rejectOf(r, problem[0], problem[1])); continue; }
    if (isCanonical(r)) {
      const t = canonicalTarget(r, lookups, stats, uuids);
      if (t.ok) out.push(redirectRow(r, 0, t.target, r.request_path as string, 1));
      else rejects.push(rejectOf(r, t.reason, t.detail));
      continue;
    }
    const resolved = resolveChain(r, lookups, byPath, canonicals, stats, uuids);
    if ('reason' in resolved) rejects.push(rejectOf(r, resolved.reason, resolved.detail));
    else out.push(resolved.row);
  }
  return { loadedRows: out.length, tables: { [c.url_redirect.table]: { columns: c.url_redirect.columns, rows: out } }, rejects, stats };
}

function rejectOf(r: SourceUrlRewrite, reason: string, detail?: string): Reject {
  return { sourceKey: `url_rewrite_id=${r.url_rewrite_id}`, reason, ...(detail ? { detail } : {}) };
}

/** A redirect or custom row: followed to the end of its chain. */
function resolveChain(
  r: SourceUrlRewrite, lookups: RewriteLookups, byPath: Map<string, SourceUrlRewrite>, canonicals: Map<string, SourceUrlRewrite>, stats: Record<string, number>, uuids: UuidCache,
): { row: unknown[] } | { reason: string; detail?: string } {
  const store = Number(r.store_id);
  const f = followHops(asHop(r), lookups.hops);
  if (f.kind === 'loop') return { reason: 'REDIRECT_LOOP', detail: `url_rewrite_id ${f.via.join(' -> ')}` };
  if (f.kind === 'no-target') return { reason: 'NO_TARGET' };
  if (f.hops > 1) count(stats, 'url.chains_resolved');
  if (f.kind === 'external') return { row: redirectRow(r, f.type, null, f.url, f.hops) };
  const end = findCanonical(byPath, store, f.path);
  if (end) {
    const t = canonicalTarget(end, lookups, stats, uuids);
    if (!t.ok) return { reason: t.reason, detail: `the chain ends at url_rewrite_id ${end.url_rewrite_id}: ${t.detail}` };
    return { row: redirectRow(r, f.type, t.target, end.request_path as string, f.hops) };
  }
  const entity = ENTITY_TYPES.has(r.entity_type) && Number(r.entity_id) > 0 ? canonicals.get(`${store}|${r.entity_type}|${r.entity_id}`) : undefined;
  if (entity) {
    const t = canonicalTarget(entity, lookups, stats, uuids);
    if (t.ok) {
      count(stats, 'url.repointed_to_entity');
      return { row: redirectRow(r, f.type, t.target, entity.request_path as string, f.hops) };
    }
  }
  // A path Magento routes some other way (a controller, an external system): kept as the custom target.
  if (ENTITY_TYPES.has(r.entity_type)) count(stats, 'url.entity_redirects_to_unknown_path');
  return { row: redirectRow(r, f.type, null, f.rawTarget, f.hops) };
}
