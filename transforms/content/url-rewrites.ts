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
export function metadataCategory(metadata: string | null): number | null | undefined {
  if (metadata === null || metadata.trim() === '' || metadata === '[]' || metadata === '{}') return null;
  try {
    const v = (metadata.startsWith('a:') ? unserialize(metadata) : JSON.parse(metadata)) as Record<string, unknown> | null;
    const cat = v && typeof v === 'object' ? v.category_id : undefined;
    return cat === undefined || cat === null || cat === '' ? null : Number(cat);
  } catch {
    return undefined;
  }
}

type TargetOrReject = { ok: true; target: Target } | { ok: false; reason: string; detail: string };

/** The entity a canonical row shows (its target route), checked against its entity_id, metadata and existence. */
function canonicalTarget(r: SourceUrlRewrite, lookups: RewriteLookups, stats: Record<string, number>): TargetOrReject {
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
    target: { type: UUID_TYPE[type], id: entityUuid(ID_TYPE[type], id), magentoId: id, categoryId: category === null ? null : entityUuid('category', category), categoryMagentoId: category },
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

export function mapUrlRewrites(rows: readonly SourceUrlRewrite[], lookups: RewriteLookups, finds: RewriteFinds): Mapped {
  const byPath = indexByPath(finds.byPath);
  const canonicals = indexCanonicals(finds.canonicals);
  const out: unknown[][] = [];
  const rejects: Reject[] = [];
  const stats: Record<string, number> = {};
  const count = (k: string): void => void (stats[k] = (stats[k] ?? 0) + 1);
  for (const r of rows) {
    const id = Number(r.url_rewrite_id);
    const store = Number(r.store_id);
    const key = `url_rewrite_id=${id}`;
    const reject = (reason: string, detail?: string): void => void rejects.push({ sourceKey: key, reason, ...(detail ? { detail } : {}) });
    const type = Number(r.redirect_type);
    if (!r.request_path) { reject('NO_REQUEST_PATH'); continue; }
    if (hasNul(r.request_path) || hasNul(r.target_path)) { reject('NUL_BYTE'); continue; }
    if (!lookups.stores.has(store)) { reject('DANGLING_REFERENCE', `store ${store} does not exist`); continue; }
    if (type !== 0 && type !== 301 && type !== 302) { reject('BAD_REDIRECT_TYPE', String(type)); continue; }
    if (lookups.duplicates.has(id)) { reject('DUPLICATE_REQUEST_PATH', 'an earlier rewrite of this store has the same path but for letter case'); continue; }
    const row = (redirectType: number, target: Target | null, path: string, hops: number): unknown[] => [
      id, store, r.request_path, lookupKey(r.request_path as string), redirectType, r.entity_type, target?.type ?? 'custom', target?.id ?? null,
      target?.magentoId ?? null, path, target?.categoryId ?? null, target?.categoryMagentoId ?? null, hops,
    ];
    if (isCanonical(r)) {
      const t = canonicalTarget(r, lookups, stats);
      if (!t.ok) { reject(t.reason, t.detail); continue; }
      out.push(row(0, t.target, r.request_path, 1));
      continue;
    }
    const f = followHops(asHop(r), lookups.hops);
    if (f.kind === 'loop') { reject('REDIRECT_LOOP', `url_rewrite_id ${f.via.join(' -> ')}`); continue; }
    if (f.kind === 'no-target') { reject('NO_TARGET'); continue; }
    if (f.hops > 1) count('url.chains_resolved');
    if (f.kind === 'external') { out.push(row(f.type, null, f.url, f.hops)); continue; }
    const end = findCanonical(byPath, store, f.path);
    if (end) {
      const t = canonicalTarget(end, lookups, stats);
      if (!t.ok) { reject(t.reason, `the chain ends at url_rewrite_id ${end.url_rewrite_id}: ${t.detail}`); continue; }
      out.push(row(f.type, t.target, end.request_path as string, f.hops));
      continue;
    }
    const entity = ENTITY_TYPES.has(r.entity_type) && Number(r.entity_id) > 0 ? canonicals.get(`${store}|${r.entity_type}|${r.entity_id}`) : undefined;
    if (entity) {
      const t = canonicalTarget(entity, lookups, stats);
      if (t.ok) {
        count('url.repointed_to_entity');
        out.push(row(f.type, t.target, entity.request_path as string, f.hops));
        continue;
      }
    }
    // A path Magento routes some other way (a controller, an external system): kept as the custom target.
    if (ENTITY_TYPES.has(r.entity_type)) count('url.entity_redirects_to_unknown_path');
    out.push(row(f.type, null, f.rawTarget, f.hops));
  }
  return { loadedRows: out.length, tables: { [c.url_redirect.table]: { columns: c.url_redirect.columns, rows: out } }, rejects, stats };
}
