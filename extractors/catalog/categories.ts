/**
 * Reads categories: the tree's shape once per run (a lookup, for orphan detection) and keyset pages of
 * category rows for the EAV value reader. Adobe Commerce reads the version current at the run's staging
 * version and pages on row_id (the value tables' key); entity_id stays the stable id.
 */
import type { MysqlConnection } from '../../core/mysql.ts';
import type { SourceContext } from '../../pipeline/types.ts';
import { queryRows } from './store-catalog-sql.ts';

export interface CategorySkeletonRow { entity_id: number; parent_id: number; path: string; level: number }

export interface SourceCategory {
  /** The value tables' key: entity_id (Open Source) or row_id (Commerce). */
  k: number;
  entity_id: number;
  attribute_set_id: number;
  parent_id: number;
  path: string;
  position: number;
  level: number;
  children_count: number;
  created_at: string | null;
  updated_at: string | null;
}

const INT_COLUMNS = ['k', 'entity_id', 'attribute_set_id', 'parent_id', 'position', 'level', 'children_count', 'level'] as const;

function numeric<T extends object>(rows: T[]): T[] {
  for (const r of rows) {
    const o = r as Record<string, unknown>;
    for (const c of INT_COLUMNS) if (c in o) o[c] = Number(o[c]);
  }
  return rows;
}

export async function readCategorySkeleton(conn: MysqlConnection, staged: boolean, version: number): Promise<CategorySkeletonRow[]> {
  return numeric(staged
    ? await queryRows<CategorySkeletonRow>(conn, 'category-skeleton-staged', [version, version])
    : await queryRows<CategorySkeletonRow>(conn, 'category-skeleton'));
}

export function categorySkeletonOf(src: SourceContext): Promise<CategorySkeletonRow[]> {
  return src.memo('catalog.categorySkeleton', () => readCategorySkeleton(src.conn, src.edition === 'commerce', src.options.stagingVersion));
}

export async function readCategoryPage(conn: MysqlConnection, staged: boolean, version: number, after: number | null, limit: number): Promise<SourceCategory[]> {
  const from = after ?? 0;
  return numeric(staged
    ? await queryRows<SourceCategory>(conn, 'category-page-staged', [from, version, version, limit])
    : await queryRows<SourceCategory>(conn, 'category-page', [from, limit]));
}
