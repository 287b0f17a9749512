/**
 * Stores and their websites, as scope resolution needs them (store -> website, website -> store views):
 *
 *   const scopes = await loadStoreScopes(src);
 *   scopes.websiteOfStore[1]      // 1; undefined for a store_id that no longer exists
 *   scopes.storesOfWebsite.get(1) // [1, 2]
 *
 * Small table: read whole once per run (src.memo).
 */
import type { MysqlConnection } from '../../core/mysql.ts';
import type { SourceContext } from '../../pipeline/types.ts';
import { eavSql } from './sql.ts';
import type { StoreScope, StoreScopes } from './types.ts';

export function loadStoreScopes(src: SourceContext): Promise<StoreScopes> {
  return src.memo('eav.storeScopes', () => readStoreScopes(src.conn));
}

export async function readStoreScopes(conn: MysqlConnection): Promise<StoreScopes> {
  const [rows] = (await conn.query(eavSql('stores'))) as unknown as [Array<{ store_id: number; code: string | null; website_id: number }>];
  return buildStoreScopes(rows.map((r) => ({ storeId: Number(r.store_id), code: r.code, websiteId: Number(r.website_id) })));
}

/** Builds the lookups from a store list (store 0, the admin/default scope, may be included or not). */
export function buildStoreScopes(stores: StoreScope[]): StoreScopes {
  const websiteOfStore: Array<number | undefined> = [0];
  const storesOfWebsite = new Map<number, number[]>();
  const views = stores.filter((s) => s.storeId !== 0).sort((a, b) => a.storeId - b.storeId);
  for (const s of views) {
    websiteOfStore[s.storeId] = s.websiteId;
    let list = storesOfWebsite.get(s.websiteId);
    if (!list) storesOfWebsite.set(s.websiteId, (list = []));
    list.push(s.storeId);
  }
  return { views, websiteOfStore, storesOfWebsite };
}
