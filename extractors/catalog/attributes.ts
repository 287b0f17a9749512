/**
 * Reads the catalog's EAV attribute metadata: entity types by code, keyset pages of attributes, and for a
 * page their per-store labels, options, option labels and swatches (whole per attribute: options belong
 * to their attribute's batch).
 */
import { MagemigError } from '../../core/errors.ts';
import type { MysqlConnection } from '../../core/mysql.ts';
import type { SourceContext } from '../../pipeline/types.ts';
import { queryCount, queryRows } from './store-catalog-sql.ts';

export type CatalogEntityType = 'product' | 'category';

export interface CatalogEntityTypes {
  /** eav_entity_type_id -> our entity type name. */
  byId: Map<number, CatalogEntityType>;
  ids: { product: number; category: number };
  defaultSetIds: Set<number>;
}

export interface SourceAttribute {
  attribute_id: number;
  entity_type_id: number;
  attribute_code: string;
  backend_type: string;
  frontend_input: string | null;
  frontend_label: string | null;
  frontend_class: string | null;
  frontend_model: string | null;
  backend_model: string | null;
  source_model: string | null;
  is_required: number;
  is_user_defined: number;
  default_value: string | null;
  is_unique: number;
  note: string | null;
  /** NULL when catalog_eav_attribute has no row for the attribute. */
  catalog_row: number | null;
  is_global: number | null;
  is_visible: number | null;
  is_searchable: number | null;
  is_filterable: number | null;
  is_comparable: number | null;
  is_visible_on_front: number | null;
  is_html_allowed_on_front: number | null;
  is_filterable_in_search: number | null;
  used_in_product_listing: number | null;
  used_for_sort_by: number | null;
  is_wysiwyg_enabled: number | null;
  apply_to: string | null;
  position: number | null;
  additional_data: string | null;
}

export interface SourceAttributeLabel { attribute_id: number; store_id: number; value: string | null }
export interface SourceOption { option_id: number; attribute_id: number; sort_order: number }
export interface SourceOptionValue { option_id: number; store_id: number; value: string | null }
export interface SourceOptionSwatch { option_id: number; store_id: number; type: number; value: string | null }

export async function readCatalogEntityTypes(conn: MysqlConnection): Promise<CatalogEntityTypes> {
  const rows = await queryRows<{ entity_type_id: number; entity_type_code: string; default_attribute_set_id: number }>(conn, 'attribute-entity-types');
  const byId = new Map<number, CatalogEntityType>();
  const ids: Partial<CatalogEntityTypes['ids']> = {};
  const defaultSetIds = new Set<number>();
  for (const r of rows) {
    const type: CatalogEntityType = r.entity_type_code === 'catalog_product' ? 'product' : 'category';
    byId.set(Number(r.entity_type_id), type);
    ids[type] = Number(r.entity_type_id);
    defaultSetIds.add(Number(r.default_attribute_set_id));
  }
  if (ids.product === undefined || ids.category === undefined) {
    throw new MagemigError('SOURCE_NOT_MAGENTO', 'eav_entity_type has no catalog_product / catalog_category row: is this a Magento 2 database?');
  }
  return { byId, ids: ids as CatalogEntityTypes['ids'], defaultSetIds };
}

export function catalogEntityTypesOf(src: SourceContext): Promise<CatalogEntityTypes> {
  return src.memo('catalog.entityTypes', () => readCatalogEntityTypes(src.conn));
}

export async function countAttributes(conn: MysqlConnection, types: CatalogEntityTypes): Promise<number> {
  return queryCount(conn, 'attribute-count', [[...types.byId.keys()]]);
}

export async function readAttributePage(conn: MysqlConnection, types: CatalogEntityTypes, after: number, limit: number): Promise<SourceAttribute[]> {
  const rows = await queryRows<SourceAttribute>(conn, 'attributes', [[...types.byId.keys()], after, limit]);
  for (const r of rows) {
    r.attribute_id = Number(r.attribute_id);
    r.entity_type_id = Number(r.entity_type_id);
  }
  return rows;
}

export interface AttributeDetails {
  labels: SourceAttributeLabel[];
  options: SourceOption[];
  optionValues: SourceOptionValue[];
  swatches: SourceOptionSwatch[];
}

export async function readAttributeDetails(conn: MysqlConnection, attributeIds: number[], hasSwatchTable: boolean): Promise<AttributeDetails> {
  if (attributeIds.length === 0) return { labels: [], options: [], optionValues: [], swatches: [] };
  const ids = [attributeIds];
  const numeric = <T extends object>(rows: T[]): T[] => {
    for (const r of rows) for (const k of ['attribute_id', 'option_id', 'store_id', 'sort_order', 'type'] as const) {
      if (k in r) (r as Record<string, unknown>)[k] = Number((r as Record<string, unknown>)[k]);
    }
    return rows;
  };
  return {
    labels: numeric(await queryRows<SourceAttributeLabel>(conn, 'attribute-labels', ids)),
    options: numeric(await queryRows<SourceOption>(conn, 'attribute-options', ids)),
    optionValues: numeric(await queryRows<SourceOptionValue>(conn, 'attribute-option-values', ids)),
    swatches: hasSwatchTable ? numeric(await queryRows<SourceOptionSwatch>(conn, 'attribute-option-swatches', ids)) : [],
  };
}

export async function hasSwatchTable(conn: MysqlConnection): Promise<boolean> {
  return (await queryCount(conn, 'attribute-swatch-table')) > 0;
}
