/**
 * Following URL rewrites the way Magento's router does (Magento\UrlRewrite\Controller\Router::match and
 * Model\Storage\DbStorage::doFindOneByData, 2.4): a request path is looked up per store view,
 * case-insensitively (the column's utf8_general_ci collation), a trailing-slash variant matching too; a
 * 301/302 row sends the browser to its target path, which is looked up again; a redirect_type 0 custom row
 * forwards internally to its target path (FrontController loops up to 100 times).
 *
 * Only the rows that are not an entity's canonical path (redirects and custom rows, a minority) are held in
 * memory, as a compact map; a chain ends at a path that is not among them: the canonical row there is read
 * per page by path. Pure.
 */
import type { SourceRewriteHop } from '../../sql/source/content/index.ts';

/** Magento's FrontController gives up after 100 routing cycles (LogicException); so do we. */
export const MAX_HOPS = 100;
export const ENTITY_TYPES: ReadonlySet<string> = new Set(['product', 'category', 'cms-page']);

export interface Hop {
  id: number;
  store: number;
  requestPath: string;
  targetPath: string | null;
  type: number;
  entityType: string;
  entityId: number;
}

export type HopMap = Map<string, Hop>;

/** The key of a (store, path) pair as the source collation compares paths: letter case ignored. */
export const pathKey = (store: number, path: string): string => `${store}|${path.toLowerCase()}`;

/** The service's lookup key: lower case, no trailing slash (a trailing-slash variant finds the same rows). */
export function lookupKey(path: string): string {
  let p = path.toLowerCase();
  while (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
  return p;
}

export const isAbsoluteUrl = (target: string): boolean => /^https?:\/\//i.test(target);

/** A redirect target as a request path: no leading slash (Magento ltrims it), no query string or fragment. */
export function targetAsPath(target: string): string {
  let p = target.replace(/^\/+/, '');
  const cut = p.search(/[?#]/);
  if (cut >= 0) p = p.slice(0, cut);
  return p;
}

/** The exact path first, then its trailing-slash variants (DbStorage's priorities 1 and 3). */
export function pathVariants(path: string): string[] {
  const bare = path.replace(/\/+$/, '');
  return [...new Set([path, bare, `${bare}/`])].filter((p) => p.length > 0);
}

export function buildHopMap(rows: readonly SourceRewriteHop[]): HopMap {
  const map: HopMap = new Map();
  for (const r of rows) {
    if (r.request_path === null || r.request_path === '') continue;
    const hop: Hop = {
      id: Number(r.url_rewrite_id), store: Number(r.store_id), requestPath: r.request_path, targetPath: r.target_path,
      type: Number(r.redirect_type), entityType: r.entity_type, entityId: Number(r.entity_id),
    };
    const key = pathKey(hop.store, hop.requestPath);
    // Under a case-sensitive collation two rows can share a key: the first one wins (the other is a reject).
    if (!map.has(key)) map.set(key, hop);
  }
  return map;
}

function findHop(hops: HopMap, store: number, path: string): Hop | undefined {
  // The exact path, then without / with a trailing slash (no arrays: this runs for every redirect, twice).
  const exact = hops.get(pathKey(store, path));
  if (exact || hops.size === 0) return exact;
  const bare = path.replace(/\/+$/, '');
  return (bare !== path ? hops.get(pathKey(store, bare)) : undefined) ?? hops.get(pathKey(store, `${bare}/`));
}

/** 302 anywhere makes the whole chain temporary; 301 otherwise; internal forwards (0) change nothing. */
export function combineTypes(a: number, b: number): number {
  if (a === 302 || b === 302) return 302;
  if (a === 301 || b === 301) return 301;
  return 0;
}

export type Followed =
  | { kind: 'loop'; hops: number; via: number[] }
  | { kind: 'no-target'; hops: number }
  | { kind: 'external'; url: string; type: number; hops: number }
  /** The chain ends at `path`, which no redirect or custom rewrite starts from. */
  | { kind: 'end'; path: string; rawTarget: string; type: number; hops: number; last: Hop };

/**
 * Follows a redirect or custom rewrite through every other one until a path none of them starts from, an
 * absolute URL, or a loop (a path seen twice, or more than MAX_HOPS rewrites).
 */
export function followHops(start: Hop, hops: HopMap): Followed {
  const seen = new Set<number>([start.id]);
  const via = [start.id];
  let cur = start;
  let type = start.type;
  let count = 1;
  for (;;) {
    const target = cur.targetPath ?? '';
    if (target.trim() === '') return { kind: 'no-target', hops: count };
    if (isAbsoluteUrl(target)) return { kind: 'external', url: target, type, hops: count };
    const path = targetAsPath(target);
    const next = findHop(hops, cur.store, path);
    if (!next) return { kind: 'end', path, rawTarget: target, type, hops: count, last: cur };
    if (seen.has(next.id) || count >= MAX_HOPS) return { kind: 'loop', hops: count, via: [...via, next.id] };
    seen.add(next.id);
    via.push(next.id);
    type = combineTypes(type, next.type);
    count++;
    cur = next;
  }
}
