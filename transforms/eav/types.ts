/**
 * How magemig models Magento's EAV once it has read it (any entity type: catalog_product, catalog_category,
 * customer, customer_address). The flow:
 *   1. extractors/eav/attributes.ts reads attribute rows; buildAttributeCatalog() (attribute-catalog.ts)
 *      makes the EavAttributeCatalog (metadata by id and by code);
 *   2. buildStoreScopes() (store-scopes.ts): store -> website;
 *   3. per keyset page of entities, extractors/eav/value-reader.ts reads RawEavValues (5 queries, no OFFSET);
 *   4. pivotEavValues(raw, keys, ctx) (pivot.ts) -> per entity ScopedValues (default / website / store layers);
 *   5. resolveStoreView(scoped, store) (scope-resolution.ts) -> what one store view shows.
 */
import type { ValueBackendType } from '../../sql/source/eav/index.ts';

export { VALUE_BACKEND_TYPES, type RawEavValues, type RawValueRow, type ValueBackendType } from '../../sql/source/eav/index.ts';

export type EavEntityTypeCode = 'catalog_product' | 'catalog_category' | 'customer' | 'customer_address';
export type BackendType = ValueBackendType | 'static';

/** catalog_eav_attribute.is_global: 0 store view, 1 global, 2 website. */
export type AttributeScope = 'store' | 'global' | 'website';
export const SCOPE_OF_IS_GLOBAL: Record<number, AttributeScope> = { 0: 'store', 1: 'global', 2: 'website' };

export interface EavAttribute {
  attributeId: number;
  entityTypeId: number;
  entityTypeCode: string;
  code: string;
  /** 'static' or the value table the attribute's values live in. Unknown types read as 'static' (ignored). */
  backendType: BackendType;
  /** Set when a custom backend_table holds the values (rare; such values are not in the five tables). */
  backendTable: string | null;
  frontendInput: string | null;
  frontendLabel: string | null;
  sourceModel: string | null;
  backendModel: string | null;
  isRequired: boolean;
  isUserDefined: boolean;
  isUnique: boolean;
  defaultValue: string | null;
  /** Raw catalog_eav_attribute.is_global (customer attributes: 1). */
  isGlobal: number;
  scope: AttributeScope;
  isVisible: boolean;
  /** catalog_eav_attribute.apply_to as a list of product types; null: every type. */
  applyTo: string[] | null;
  /** Values are arrays of option ids (frontend_input multiselect, stored comma-separated). */
  isMultiselect: boolean;
}

export interface EavAttributeCatalog {
  entityTypeId: number;
  entityTypeCode: EavEntityTypeCode;
  list: EavAttribute[];
  byCode: Map<string, EavAttribute>;
  /** Dense array indexed by attribute_id (attribute ids are smallint): O(1) lookup in the pivot's loop. */
  byId: Array<EavAttribute | undefined>;
}

export interface StoreScope {
  storeId: number;
  code: string | null;
  websiteId: number;
}

export interface StoreScopes {
  /** Store views (store_id > 0), ordered by store_id. */
  views: StoreScope[];
  /** Dense array indexed by store_id: the store's website_id (store 0: 0); undefined for a store that does not exist. */
  websiteOfStore: Array<number | undefined>;
  /** website_id -> its store views' ids, ascending. */
  storesOfWebsite: Map<number, number[]>;
}

/**
 * A typed value: int -> number, decimal -> the exact stored string ("12.500000"), datetime -> ISO 8601 UTC
 * ("2024-01-31T00:00:00Z"), varchar/text -> string, multiselect -> number[] of option ids.
 */
export type EavValue = number | string | number[];

/**
 * What an entity's attributes look like across scopes, after scope resolution. Layers hold only what changes
 * what a store view sees (a store value equal to the default is not repeated):
 *  - defaults: store 0 values (a NULL default row means "no value" and is absent);
 *  - websites: website-scope attributes, one value per website (chosen from its store views' rows);
 *  - stores: store-scope attributes per store view.
 * A null in the website or store layer is an explicit "no value here" hiding the default (NullPolicy 'explicit').
 * A store view sees defaults <- websites[its website] <- stores[it], nulls removed (see resolveStoreView).
 */
export interface ScopedValues {
  defaults: Record<string, EavValue>;
  websites: Map<number, Record<string, EavValue | null>>;
  stores: Map<number, Record<string, EavValue | null>>;
}
