/** Reads attribute sets of the catalog entity types by keyset page, with their groups and attributes. */
import type { MysqlConnection } from '../../core/mysql.ts';
import type { CatalogEntityTypes } from './attributes.ts';
import { queryCount, queryRows } from './store-catalog-sql.ts';

export interface SourceAttributeSet { attribute_set_id: number; entity_type_id: number; attribute_set_name: string | null; sort_order: number }
export interface SourceAttributeGroup {
  attribute_group_id: number;
  attribute_set_id: number;
  attribute_group_name: string | null;
  sort_order: number;
  default_id: number | null;
  /** Absent before Magento 2.1. */
  attribute_group_code?: string | null;
  tab_group_code?: string | null;
}
export interface SourceSetAttribute { attribute_set_id: number; attribute_group_id: number; attribute_id: number; sort_order: number }

export async function countAttributeSets(conn: MysqlConnection, types: CatalogEntityTypes): Promise<number> {
  return queryCount(conn, 'attribute-set-count', [[...types.byId.keys()]]);
}

export async function readAttributeSetPage(conn: MysqlConnection, types: CatalogEntityTypes, after: number, limit: number) {
  const sets = await queryRows<SourceAttributeSet>(conn, 'attribute-sets', [[...types.byId.keys()], after, limit]);
  for (const s of sets) {
    s.attribute_set_id = Number(s.attribute_set_id);
    s.entity_type_id = Number(s.entity_type_id);
  }
  if (sets.length === 0) return { sets, groups: [] as SourceAttributeGroup[], members: [] as SourceSetAttribute[] };
  const ids = [sets.map((s) => s.attribute_set_id)];
  const groups = await queryRows<SourceAttributeGroup>(conn, 'attribute-groups', ids);
  const members = await queryRows<SourceSetAttribute>(conn, 'attribute-set-attributes', ids);
  for (const g of groups) {
    g.attribute_group_id = Number(g.attribute_group_id);
    g.attribute_set_id = Number(g.attribute_set_id);
  }
  for (const m of members) {
    m.attribute_set_id = Number(m.attribute_set_id);
    m.attribute_group_id = Number(m.attribute_group_id);
    m.attribute_id = Number(m.attribute_id);
  }
  return { sets, groups, members };
}

/** attribute_id -> entity type id of the catalog attributes (those the attributes entity loads). */
export async function readAttributeIndex(conn: MysqlConnection, types: CatalogEntityTypes): Promise<Map<number, number>> {
  const rows = await queryRows<{ attribute_id: number; entity_type_id: number }>(conn, 'attribute-index', [[...types.byId.keys()]]);
  return new Map(rows.map((r) => [Number(r.attribute_id), Number(r.entity_type_id)]));
}
