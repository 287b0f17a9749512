/** The catalog's two EAV entity types, found by code in eav_entity_type (never by a hard-coded id). */
import { MagemigError } from '../../core/errors.ts';

export type CatalogEntityType = 'product' | 'category';

export interface CatalogEntityTypes {
  /** eav_entity_type_id -> our entity type name. */
  byId: Map<number, CatalogEntityType>;
  ids: { product: number; category: number };
  defaultSetIds: Set<number>;
}

export function buildCatalogEntityTypes(rows: ReadonlyArray<{ entity_type_id: number; entity_type_code: string; default_attribute_set_id: number }>): CatalogEntityTypes {
  const byId = new Map<number, CatalogEntityType>();
  const ids: Partial<CatalogEntityTypes['ids']> = {};
  const defaultSetIds = new Set<number>();
  for (const r of rows) {
    const type: CatalogEntityType = r.entity_type_code === 'catalog_product' ? 'product' : 'category';
    byId.set(r.entity_type_id, type);
    ids[type] = r.entity_type_id;
    defaultSetIds.add(r.default_attribute_set_id);
  }
  if (ids.product === undefined || ids.category === undefined) {
    throw new MagemigError('SOURCE_NOT_MAGENTO', 'eav_entity_type has no catalog_product / catalog_category row: is this a Magento 2 database?');
  }
  return { byId, ids: ids as CatalogEntityTypes['ids'], defaultSetIds };
}
