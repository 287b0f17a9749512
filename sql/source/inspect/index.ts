/** Typed names of the queries behind `magemig inspect` (sql/source/inspect/*.sql). */
import { defineQuery } from '../../query.ts';

export const attributesByEntityType = defineQuery('source/inspect/attributes-by-entity-type');
export const countDistinct = defineQuery('source/inspect/count-distinct');
export const countRows = defineQuery('source/inspect/count-rows');
export const countStoreLevel = defineQuery('source/inspect/count-store-level');
export const entityAnomalies = defineQuery('source/inspect/entity-anomalies');
export const entityTypes = defineQuery('source/inspect/entity-types');
export const productValueAnomalies = defineQuery('source/inspect/product-value-anomalies');
export const productsByType = defineQuery('source/inspect/products-by-type');
export const rootCategoryNames = defineQuery('source/inspect/root-category-names');
export const seedInfo = defineQuery('source/inspect/seed-info');
export const server = defineQuery('source/inspect/server');
export const setupModuleCatalog = defineQuery('source/inspect/setup-module-catalog');
export const storeGroups = defineQuery('source/inspect/store-groups');
export const storeViews = defineQuery('source/inspect/store-views');
export const versionLog = defineQuery('source/inspect/version-log');
export const websites = defineQuery('source/inspect/websites');
