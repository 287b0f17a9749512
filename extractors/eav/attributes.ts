/**
 * Reads the attribute metadata of an EAV entity type by its code (never a hard-coded attribute_id): the rows
 * of eav_attribute joined with catalog_eav_attribute (catalog types) or customer_eav_attribute (customer
 * types), and the type's id. transforms/eav/attribute-catalog.ts makes the catalog of them.
 */
import { MagemigError } from '../../core/errors.ts';
import type { MysqlConnection } from '../../core/mysql.ts';
import { catalogAttributes, customerAttributes, entityType, stores, type AttributeRow, type StoreRow } from '../../sql/source/eav/index.ts';
import { readRows } from '../query.ts';

const CATALOG_TYPES = new Set(['catalog_product', 'catalog_category']);

export async function readEavAttributeRows(conn: MysqlConnection, code: string): Promise<{ entityTypeId: number; rows: AttributeRow[] }> {
  const rows = await readRows(conn, CATALOG_TYPES.has(code) ? catalogAttributes : customerAttributes, { code });
  const [type] = await readRows(conn, entityType, { code });
  if (type === undefined) throw new MagemigError('NOT_MAGENTO', `eav_entity_type has no '${code}': this does not look like a Magento 2 database`);
  return { entityTypeId: Number(type.entity_type_id), rows };
}

/** Every store with its website, store 0 included. */
export async function readStores(conn: MysqlConnection): Promise<StoreRow[]> {
  return (await readRows(conn, stores)).map((r) => ({ store_id: Number(r.store_id), code: r.code, website_id: Number(r.website_id) }));
}
