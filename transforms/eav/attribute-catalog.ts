/**
 * Attribute metadata of an EAV entity type, from its rows (extractors/eav/attributes.ts), by attribute_code
 * (never a hard-coded attribute_id):
 *
 *   const attrs = buildAttributeCatalog('catalog_product', entityTypeId, rows);
 *   attrs.byCode.get('name')   // { attributeId, backendType: 'varchar', scope: 'store', frontendInput: 'text', ... }
 *   attrs.byId[73]             // the same, by id (dense array, for tight loops)
 *
 * Catalog types take their scope from catalog_eav_attribute.is_global; customer types are always global.
 */
import type { AttributeRow } from '../../sql/source/eav/index.ts';
import { SCOPE_OF_IS_GLOBAL, VALUE_BACKEND_TYPES, type BackendType, type EavAttribute, type EavAttributeCatalog, type EavEntityTypeCode } from './types.ts';

const VALUE_TYPES = new Set<string>(VALUE_BACKEND_TYPES);

export function buildAttributeCatalog(code: EavEntityTypeCode, entityTypeId: number, rows: readonly AttributeRow[]): EavAttributeCatalog {
  const list = rows.map(toAttribute);
  const byCode = new Map<string, EavAttribute>();
  const byId: Array<EavAttribute | undefined> = [];
  for (const a of list) {
    byCode.set(a.code, a);
    byId[a.attributeId] = a;
  }
  return { entityTypeId, entityTypeCode: code, list, byCode, byId };
}

function toAttribute(r: AttributeRow): EavAttribute {
  const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
  const backend = String(r.backend_type ?? 'static');
  const isGlobal = Number(r.is_global ?? 1);
  const frontendInput = str(r.frontend_input);
  const applyTo = str(r.apply_to);
  return {
    attributeId: Number(r.attribute_id),
    entityTypeId: Number(r.entity_type_id),
    entityTypeCode: String(r.entity_type_code),
    code: String(r.attribute_code),
    backendType: (VALUE_TYPES.has(backend) ? backend : 'static') as BackendType,
    backendTable: str(r.backend_table) || null,
    frontendInput,
    frontendLabel: str(r.frontend_label),
    sourceModel: str(r.source_model),
    backendModel: str(r.backend_model),
    isRequired: Number(r.is_required) === 1,
    isUserDefined: Number(r.is_user_defined) === 1,
    isUnique: Number(r.is_unique) === 1,
    defaultValue: str(r.default_value),
    isGlobal,
    // An unknown is_global (corrupt row) is read as global: Magento's own default for the column.
    scope: SCOPE_OF_IS_GLOBAL[isGlobal] ?? 'global',
    isVisible: Number(r.is_visible ?? 1) === 1,
    applyTo: applyTo ? applyTo.split(',').map((s) => s.trim()).filter(Boolean) : null,
    isMultiselect: frontendInput === 'multiselect',
  };
}
