/**
 * What the product transforms share while turning one page into table rows: the loaded products of the page
 * by their page key, store/website UUIDs (cached), counters and rejects. Pure: no I/O.
 */
import { entityUuid } from '../../core/ids.ts';
import type { Reject, TableRows } from '../../core/batch.ts';
import type { TableContract } from '../../services/kit/index.ts';
import { convertDatetime, isBadValue } from '../eav/pivot.ts';
import type { StoreScopes } from '../eav/types.ts';

export interface PageProduct {
  /** entityUuid('product', entity_id) */
  id: string;
  entityId: number;
  rowKey: number;
}

const uuidCache = new Map<string, string>();

/** entityUuid for the few ids every row repeats (stores, websites, attributes): computed once per process. */
export function cachedUuid(type: string, id: number): string {
  const k = `${type}:${id}`;
  let u = uuidCache.get(k);
  if (u === undefined) uuidCache.set(k, (u = entityUuid(type, id)));
  return u;
}

export class ProductPageContext {
  readonly stores: StoreScopes;
  readonly staged: boolean;
  /** Loaded products of the page by page key (entity_id, or row_id in Commerce). */
  readonly owners = new Map<number, PageProduct>();
  /** Every page key (loaded or rejected): rows of other keys belong to other versions or deleted products. */
  readonly pageKeys = new Set<number>();
  readonly rejects: Reject[] = [];
  readonly stats: Record<string, number> = {};
  readonly tables: Record<string, TableRows> = {};

  constructor(stores: StoreScopes, staged: boolean) {
    this.stores = stores;
    this.staged = staged;
  }

  count(key: string, n = 1): void {
    this.stats[key] = (this.stats[key] ?? 0) + n;
  }

  /** The store's UUID, or undefined for a store that no longer exists (store 0 is not a store view). */
  storeUuid(storeId: number): string | undefined {
    return storeId !== 0 && this.stores.websiteOfStore[storeId] !== undefined ? cachedUuid('store', storeId) : undefined;
  }

  /** The rows of a contract table (created on first use: the batch's tables keep the order of first use). */
  table(contract: TableContract): unknown[][] {
    let t = this.tables[contract.table];
    if (t === undefined) this.tables[contract.table] = t = { columns: contract.columns, rows: [] };
    return t.rows;
  }

  /** Magento's key of a product in rejects: entity_id, plus the row_id version in Commerce. */
  productKey(p: { entityId: number; rowKey: number }): string {
    return this.staged ? `entity_id=${p.entityId},row_id=${p.rowKey}` : `entity_id=${p.entityId}`;
  }
}

/** "2024-01-31 10:00:00" -> "2024-01-31T10:00:00Z"; null for NULL; 'zero' for MySQL zero dates. */
export function isoTimestamp(v: unknown): string | null | 'zero' {
  if (v === null || v === undefined) return null;
  const iso = convertDatetime(String(v));
  return isBadValue(iso) ? 'zero' : iso;
}

export function num(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}

export function str(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}
