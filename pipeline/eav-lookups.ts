/**
 * Lookups every EAV entity needs, whatever its context (catalog products and categories, customers and
 * their addresses): the attribute catalog of an entity type and the store scopes, read once per run.
 */
import { readEavAttributeRows, readStores } from '../extractors/eav/attributes.ts';
import type { SourceContext } from '../extractors/source.ts';
import { catalogAttributes, customerAttributes, entityType, stores } from '../sql/source/eav/index.ts';
import { buildAttributeCatalog } from '../transforms/eav/attribute-catalog.ts';
import { buildStoreScopes } from '../transforms/eav/store-scopes.ts';
import type { EavAttributeCatalog, EavEntityTypeCode, StoreScopes } from '../transforms/eav/types.ts';

/** The queries these lookups run (for the declarations that use them). */
export const EAV_ATTRIBUTE_READS = [catalogAttributes, customerAttributes, entityType];
export const STORE_SCOPE_READS = [stores];

export function attributeCatalogOf(src: SourceContext, code: EavEntityTypeCode): Promise<EavAttributeCatalog> {
  return src.memo(`eav.attributes:${code}`, async () => {
    const { entityTypeId, rows } = await readEavAttributeRows(src.conn, code);
    return buildAttributeCatalog(code, entityTypeId, rows);
  });
}

/** Every store of the source (store 0 included) with its website. */
export function storeScopesOf(src: SourceContext): Promise<StoreScopes> {
  return src.memo('eav.storeScopes', async () =>
    buildStoreScopes((await readStores(src.conn)).map((s) => ({ storeId: s.store_id, code: s.code, websiteId: s.website_id }))),
  );
}
