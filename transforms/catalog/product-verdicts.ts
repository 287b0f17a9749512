/**
 * Which products cannot load because of their SKU, decided once per run for the whole catalog (so a page and
 * a resumed run agree, and a link can tell that its far end was rejected):
 *  - NO_SKU: sku NULL or blank;
 *  - DUPLICATE_SKU: another product with a lower entity_id has the same SKU under Magento's collation (the
 *    first entity_id wins, whatever order the pages come in);
 *  - NUL_BYTE / INVALID_UTF8: the SKU text itself is damaged (checked per row: skuProblem());
 *  - OVERLAPPING_VERSION (Adobe Commerce): a second row_id of a product current at the same staging version; the
 *    lowest row_id loads, the others are rejected (else both would claim the product's UUID).
 * Only the dirty products are kept in memory: two small sets.
 */
import type { SkuVerdictRows } from '../../sql/source/catalog/index.ts';

export interface SkuVerdicts {
  noSku: Set<number>;
  /** loser entity_id -> winner entity_id */
  duplicateOf: Map<number, number>;
  /** Commerce: row_ids of extra versions current at the same time (empty in Open Source). */
  overlappingRows: Set<number>;
}

export function buildSkuVerdicts(rows: SkuVerdictRows): SkuVerdicts {
  const duplicateOf = new Map<number, number>();
  for (const r of rows.duplicates) duplicateOf.set(r.entity_id, r.winner);
  return { noSku: new Set(rows.noSku), duplicateOf, overlappingRows: new Set(rows.overlappingRows) };
}

/** A SKU's own problem, if any: blank, NUL byte, or bytes that were not UTF-8 (arrive as U+FFFD). */
export function skuProblem(sku: string | null): 'NO_SKU' | 'NUL_BYTE' | 'INVALID_UTF8' | null {
  if (sku === null || /^ *$/.test(sku)) return 'NO_SKU';
  if (sku.includes('\u0000')) return 'NUL_BYTE';
  if (sku.includes('\uFFFD')) return 'INVALID_UTF8';
  return null;
}

/** Why a product is rejected (null: it loads). */
export function productRejectReason(entityId: number, sku: string | null, v: SkuVerdicts, rowKey?: number): { reason: string; detail?: string } | null {
  if (rowKey !== undefined && v.overlappingRows.has(rowKey)) {
    return { reason: 'OVERLAPPING_VERSION', detail: `another row_id of entity_id=${entityId} is current at the same staging version` };
  }
  const problem = skuProblem(sku);
  if (problem) return { reason: problem };
  if (v.noSku.has(entityId)) return { reason: 'NO_SKU' };
  const winner = v.duplicateOf.get(entityId);
  if (winner !== undefined) return { reason: 'DUPLICATE_SKU', detail: `sku '${sku}' already belongs to entity_id=${winner}` };
  return null;
}
