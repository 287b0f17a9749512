/**
 * Where an EAV entity type's rows live, per edition:
 *
 *   const t = await eavEntityTables(src, 'catalog_product');
 *   // Open Source: { entityTable: 'catalog_product_entity', keyColumn: 'entity_id', staged: false, ... }
 *   // Commerce:    { keyColumn: 'row_id', staged: true }: values join on row_id, entity_id stays the stable id
 *
 * Table names come from eav_entity_type (value_table_prefix, else entity_table), like Magento's own resource
 * models; customers are never staged and their value tables have no store_id. valueIndexes names, per value
 * table, the index the reader forces (see sql/source/eav/value-indexes.sql for why).
 */
import { MagemigError } from '../../core/errors.ts';
import type { MysqlConnection } from '../../core/mysql.ts';
import { entityType, VALUE_BACKEND_TYPES, valueIndexes, type ValueBackendType } from '../../sql/source/eav/index.ts';
import { readRows } from '../query.ts';
import type { SourceContext } from '../source.ts';

export type EavEntityTypeCode = 'catalog_product' | 'catalog_category' | 'customer' | 'customer_address';

export interface EavEntityTables {
  entityTypeCode: EavEntityTypeCode;
  entityTable: string;
  /** backend type -> value table name. */
  valueTables: Record<ValueBackendType, string>;
  /** 'entity_id' (Open Source, customers) or 'row_id' (Adobe Commerce staged catalog entities). */
  keyColumn: 'entity_id' | 'row_id';
  /** Commerce catalog entities: a row per version, the current one chosen by created_in <= v < updated_in. */
  staged: boolean;
  /** false for customer and customer_address: their value tables have no store_id. */
  scoped: boolean;
  /** backend type -> the value table's index starting with the key column, named in FORCE INDEX (absent: no hint). */
  valueIndexes: Partial<Record<ValueBackendType, string>>;
}

const STAGED_IN_COMMERCE = new Set<EavEntityTypeCode>(['catalog_product', 'catalog_category']);
const UNSCOPED = new Set<EavEntityTypeCode>(['customer', 'customer_address']);

export function eavEntityTables(src: SourceContext, code: EavEntityTypeCode): Promise<EavEntityTables> {
  return src.memo(`eav.tables:${code}`, async () => {
    const [row] = await readRows(src.conn, entityType, { code });
    if (!row) throw new MagemigError('NOT_MAGENTO', `eav_entity_type has no '${code}': this does not look like a Magento 2 database`);
    const tables = describeEntityTables(code, row.entity_table, row.value_table_prefix, src.edition === 'commerce');
    tables.valueIndexes = await findValueIndexes(src.conn, tables);
    return tables;
  });
}

/** For each value table, its (preferably unique) index that starts with the key column. */
export async function findValueIndexes(conn: MysqlConnection, t: EavEntityTables): Promise<Partial<Record<ValueBackendType, string>>> {
  const names = VALUE_BACKEND_TYPES.map((b) => t.valueTables[b]);
  const rows = await readRows(conn, valueIndexes, { tables: names, key: t.keyColumn });
  const out: Partial<Record<ValueBackendType, string>> = {};
  for (const b of VALUE_BACKEND_TYPES) {
    // Rows come unique indexes first.
    const found = rows.find((r) => r.table_name === t.valueTables[b]);
    if (found) out[b] = found.index_name;
  }
  return out;
}

export function describeEntityTables(
  code: EavEntityTypeCode,
  entityTable: string | null,
  valueTablePrefix: string | null,
  commerce: boolean,
): EavEntityTables {
  // Magento 2 stores short names ("catalog_product_entity"); Magento 1 leftovers say "catalog/product".
  const table = entityTable && !entityTable.includes('/') ? entityTable : `${code}_entity`;
  const prefix = valueTablePrefix && !valueTablePrefix.includes('/') ? valueTablePrefix : table;
  const staged = commerce && STAGED_IN_COMMERCE.has(code);
  const valueTables = {} as Record<ValueBackendType, string>;
  for (const t of VALUE_BACKEND_TYPES) valueTables[t] = `${prefix}_${t}`;
  return { entityTypeCode: code, entityTable: table, valueTables, keyColumn: staged ? 'row_id' : 'entity_id', staged, scoped: !UNSCOPED.has(code), valueIndexes: {} };
}

/** The tables an entity type's values are read from (for the benchmark's list of source tables). */
export function eavValueTables(entityTable: string): string[] {
  return VALUE_BACKEND_TYPES.map((t) => `${entityTable}_${t}`);
}
