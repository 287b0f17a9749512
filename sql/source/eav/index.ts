/**
 * Typed names of the generic EAV reads (any entity type: catalog_product, catalog_category, customer,
 * customer_address) and the rows they return.
 */
import { defineQuery } from '../../query.ts';

/** The five value tables (`<entity>_<backend type>`); 'static' attributes live on the entity table itself. */
export const VALUE_BACKEND_TYPES = ['int', 'varchar', 'decimal', 'text', 'datetime'] as const;
export type ValueBackendType = (typeof VALUE_BACKEND_TYPES)[number];

/** One value row as read: [key (entity_id or row_id), attribute_id, store_id, value]. */
export type RawValueRow = [number, number, number, unknown];
export type RawEavValues = Record<ValueBackendType, RawValueRow[]>;

/** eav_attribute joined with catalog_eav_attribute / customer_eav_attribute, as read. */
export interface AttributeRow {
  attribute_id: number;
  entity_type_id: number;
  entity_type_code: string;
  attribute_code: string;
  backend_type: string | null;
  backend_table: string | null;
  frontend_input: string | null;
  frontend_label: string | null;
  source_model: string | null;
  backend_model: string | null;
  is_required: number;
  is_user_defined: number;
  is_unique: number;
  default_value: string | null;
  is_global: number | string | null;
  is_visible: number | null;
  apply_to: string | null;
}

export interface EntityTypeRow {
  entity_type_id: number;
  entity_type_code: string;
  entity_table: string | null;
  value_table_prefix: string | null;
}

export interface StoreRow {
  store_id: number;
  code: string | null;
  website_id: number;
}

export const catalogAttributes = defineQuery<AttributeRow>('source/eav/attributes-catalog');
export const customerAttributes = defineQuery<AttributeRow>('source/eav/attributes-customer');
export const entityType = defineQuery<EntityTypeRow>('source/eav/entity-type');
export const stores = defineQuery<StoreRow>('source/eav/stores');
export const valueIndexes = defineQuery<{ table_name: string; index_name: string; non_unique: number }>('source/eav/value-indexes');
export const valuesRange = defineQuery('source/eav/values-range');
export const valuesRangeUnscoped = defineQuery('source/eav/values-range-unscoped');
