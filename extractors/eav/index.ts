/**
 * The generic EAV reading API (any entity type: catalog_product, catalog_category, customer, customer_address).
 *
 *   const attributes = await loadEavAttributes(src, 'catalog_category');   // memoised metadata
 *   const stores = await loadStoreScopes(src);                              // memoised store -> website
 *   const tables = await eavEntityTables(src, 'catalog_category');         // tables + key column per edition
 *   for await (const page of eavPages(conn, tables, { after, readPage, keyOf })) {
 *     const { entities, rejects, stats } = pivotEavValues(page.values, page.rows.map(keyOf),
 *       { attributes, stores, nullPolicy: src.options.nullPolicy, countOrphanKeys: !tables.staged });
 *     // entities.get(key): { defaults, websites, stores } (ScopedValues); resolveStoreView() flattens one view
 *   }
 *
 * Typed values: int -> number, decimal -> exact string, datetime -> ISO 8601 UTC, varchar/text -> string,
 * multiselect -> number[]. Bad values are rejected per value (ZERO_DATE, NUL_BYTE, INVALID_UTF8,
 * INVALID_OPTION_LIST) and the entity still loads. Details: transforms/eav-pivot.ts, transforms/scope-resolution.ts.
 */
export * from './types.ts';
export { loadEavAttributes, readEavAttributes } from './attributes.ts';
export { loadStoreScopes, readStoreScopes, buildStoreScopes } from './stores.ts';
export { eavEntityTables, describeEntityTables } from './entity-tables.ts';
export { readEavValues, eavPages, type EavPage, type EavPageOptions } from './value-reader.ts';
export { pivotEavValues, convertEavValue, convertDatetime, parseOptionList, type PivotContext, type PivotResult } from '../../transforms/eav-pivot.ts';
export { resolveScopes, resolveStoreView, valuesEqual, newScopeStats, SCOPE_STAT_KEYS } from '../../transforms/scope-resolution.ts';
