/**
 * Attribute metadata of an EAV entity type, by entity type code (never a hard-coded attribute_id):
 *
 *   const attrs = await loadEavAttributes(src, 'catalog_product');
 *   attrs.byCode.get('name')   // { attributeId, backendType: 'varchar', scope: 'store', frontendInput: 'text', ... }
 *   attrs.byId[73]             // the same, by id (dense array, for tight loops)
 *
 * Read once per run (src.memo), from eav_attribute joined with catalog_eav_attribute (catalog types: is_global
 * gives the scope) or customer_eav_attribute (customer types: always global, no store_id in their values).
 */
import { MagemigError } from '../../core/errors.ts';
import type { MysqlConnection } from '../../core/mysql.ts';
import type { SourceContext } from '../../pipeline/types.ts';
import { eavSql } from './sql.ts';
import {
  SCOPE_OF_IS_GLOBAL,
  VALUE_BACKEND_TYPES,
  type BackendType,
  type EavAttribute,
  type EavAttributeCatalog,
  type EavEntityTypeCode,
} from './types.ts';

const CATALOG_TYPES = new Set<EavEntityTypeCode>(['catalog_product', 'catalog_category']);
const VALUE_TYPES = new Set<string>(VALUE_BACKEND_TYPES);

export function loadEavAttributes(src: SourceContext, code: EavEntityTypeCode): Promise<EavAttributeCatalog> {
  return src.memo(`eav.attributes:${code}`, () => readEavAttributes(src.conn, code));
}

export async function readEavAttributes(conn: MysqlConnection, code: EavEntityTypeCode): Promise<EavAttributeCatalog> {
  const sql = eavSql(CATALOG_TYPES.has(code) ? 'attributes-catalog' : 'attributes-customer');
  const [rows] = (await conn.query(sql, [code])) as unknown as [Array<Record<string, unknown>>];
  const [typeRows] = (await conn.query(eavSql('entity-type'), [code])) as unknown as [Array<{ entity_type_id: number }>];
  const entityTypeId = typeRows[0]?.entity_type_id;
  if (entityTypeId === undefined) {
    throw new MagemigError('NOT_MAGENTO', `eav_entity_type has no '${code}': this does not look like a Magento 2 database`);
  }
  const list = rows.map(toAttribute);
  const byCode = new Map<string, EavAttribute>();
  const byId: Array<EavAttribute | undefined> = [];
  for (const a of list) {
    byCode.set(a.code, a);
    byId[a.attributeId] = a;
  }
  return { entityTypeId: Number(entityTypeId), entityTypeCode: code, list, byCode, byId };
}

function toAttribute(r: Record<string, unknown>): EavAttribute {
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
