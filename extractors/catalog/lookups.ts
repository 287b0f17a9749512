/**
 * The catalog's whole-run reads: small lookups every batch of an entity needs (entity types, the category
 * tree's shape, the products a SKU problem keeps out), read once and memoised by the pipeline. Rows as
 * read, numbers normalised; what they mean is decided in transforms/catalog.
 */
import type { MysqlConnection } from '../../core/mysql.ts';
import {
  attributeEntityTypes, attributeIndex, categoryOverlappingVersions, categorySkeleton, productDuplicateSkus, productNoSku,
  productOverlappingVersions, productSkus, type CategorySkeletonRow,
} from '../../sql/source/catalog/index.ts';
import type { SkuVerdictRows } from '../../sql/source/catalog/index.ts';
import type { TemplateVars } from '../../sql/template.ts';
import { readRows, type Params } from '../query.ts';

export async function readCatalogEntityTypeRows(conn: MysqlConnection) {
  return (await readRows(conn, attributeEntityTypes)).map((r) => ({
    entity_type_id: Number(r.entity_type_id),
    entity_type_code: r.entity_type_code,
    default_attribute_set_id: Number(r.default_attribute_set_id),
  }));
}

/** attribute_id -> entity type id of the catalog attributes (those the attributes entity loads). */
export async function readAttributeIndex(conn: MysqlConnection, typeIds: number[]): Promise<Map<number, number>> {
  const rows = await readRows(conn, attributeIndex, { types: typeIds });
  return new Map(rows.map((r) => [Number(r.attribute_id), Number(r.entity_type_id)]));
}

export async function readCategorySkeleton(conn: MysqlConnection, params: Params, vars: TemplateVars): Promise<CategorySkeletonRow[]> {
  return (await readRows(conn, categorySkeleton, params, vars)).map((r) => ({
    entity_id: Number(r.entity_id),
    parent_id: Number(r.parent_id),
    path: String(r.path),
    level: Number(r.level),
  }));
}

/** Commerce: row_ids of second category versions current at the same time (empty in Open Source). */
export async function readCategoryOverlaps(conn: MysqlConnection, staged: boolean, params: Params, vars: TemplateVars): Promise<Set<number>> {
  if (!staged) return new Set();
  return new Set((await readRows(conn, categoryOverlappingVersions, params, vars)).map((r) => Number(r.row_id)));
}

/** The products a SKU problem or a second current version keeps out (a few rows: only the dirty ones). */
export async function readSkuVerdictRows(conn: MysqlConnection, staged: boolean, params: Params, vars: TemplateVars): Promise<SkuVerdictRows> {
  const noSku = (await readRows(conn, productNoSku, params, vars)).map((r) => Number(r.entity_id));
  const duplicates = (await readRows(conn, productDuplicateSkus, params, vars)).map((r) => ({ entity_id: Number(r.entity_id), winner: Number(r.winner) }));
  const overlappingRows = staged ? (await readRows(conn, productOverlappingVersions, params, vars)).map((r) => Number(r.row_id)) : [];
  return { noSku, duplicates, overlappingRows };
}

/** entity_id -> sku of products (current versions), for the far ends of links and children. */
export async function readProductSkus(conn: MysqlConnection, entityIds: number[], params: Params, vars: TemplateVars): Promise<Map<number, string | null>> {
  const out = new Map<number, string | null>();
  if (entityIds.length === 0) return out;
  for (const r of await readRows(conn, productSkus, { ...params, ids: entityIds }, vars)) {
    out.set(Number(r.entity_id), r.sku === null ? null : String(r.sku));
  }
  return out;
}
