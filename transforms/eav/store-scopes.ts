/**
 * Stores and their websites, as scope resolution needs them (store -> website, website -> store views):
 *
 *   const scopes = buildStoreScopes(stores);
 *   scopes.websiteOfStore[1]      // 1; undefined for a store_id that no longer exists
 *   scopes.storesOfWebsite.get(1) // [1, 2]
 */
import type { StoreScope, StoreScopes } from './types.ts';

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
