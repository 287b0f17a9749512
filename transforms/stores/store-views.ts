/**
 * Magento's store table onto the `store` table the flat-table services keep (content, review, promotion):
 * code, name, website, active flag; store 0 (admin, "all store views") included. Pure.
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';

export interface SourceStoreRow {
  store_id: number;
  code: string | null;
  name: string | null;
  website_id: number;
  website_code: string | null;
  is_active: number;
}

/** Columns of every such service's `store` contract table, in this order. */
export const STORE_COLUMNS = ['id', 'magento_id', 'code', 'name', 'website_magento_id', 'website_code', 'is_active'] as const;

export function mapStoreRows(rows: readonly SourceStoreRow[], table: string, columns: readonly string[]): Mapped {
  const out: unknown[][] = [];
  const rejects: Reject[] = [];
  for (const r of rows) {
    const id = Number(r.store_id);
    if (!r.code) {
      rejects.push({ sourceKey: `store_id=${id}`, reason: 'NO_CODE', detail: 'a store view without a code cannot be named in a request' });
      continue;
    }
    out.push([entityUuid('store', id), id, r.code, r.name ?? r.code, Number(r.website_id), r.website_code, Number(r.is_active) === 1 || id === 0]);
  }
  return { loadedRows: out.length, tables: { [table]: { columns, rows: out } }, rejects, ids: out.map((r) => ['store', r[1] as number, r[0] as string]) };
}
