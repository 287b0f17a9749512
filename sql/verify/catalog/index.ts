/**
 * Typed names of `verify`'s catalog queries: its own reading of the Magento source (MySQL, :name parameters)
 * and of the catalog service's database (target-*, Postgres, $n parameters). Nothing here is shared with the
 * migration's queries (sql/source/catalog).
 */
import { defineQuery } from '../../query.ts';

export const categoryCount = defineQuery('verify/catalog/category-count');
export const categoryKeys = defineQuery('verify/catalog/category-keys');
export const configurablePairs = defineQuery('verify/catalog/configurable-pairs');
export const linkPairs = defineQuery('verify/catalog/link-pairs');
export const productAttributes = defineQuery('verify/catalog/product-attributes');
export const productCategories = defineQuery('verify/catalog/product-categories');
export const productCount = defineQuery('verify/catalog/product-count');
export const productKeys = defineQuery('verify/catalog/product-keys');
export const productWebsites = defineQuery('verify/catalog/product-websites');
export const storeViews = defineQuery('verify/catalog/store-views');
export const targetCategoryIds = defineQuery('verify/catalog/target-category-ids');
export const targetCategoryViews = defineQuery('verify/catalog/target-category-views');
export const targetConfigurablePairs = defineQuery('verify/catalog/target-configurable-pairs');
export const targetLinkPairs = defineQuery('verify/catalog/target-link-pairs');
export const targetProductCategories = defineQuery('verify/catalog/target-product-categories');
export const targetProductSkus = defineQuery('verify/catalog/target-product-skus');
export const targetProductViews = defineQuery('verify/catalog/target-product-views');
export const targetProductWebsites = defineQuery('verify/catalog/target-product-websites');
export const targetStoreViews = defineQuery('verify/catalog/target-store-views');
export const valuesOf = defineQuery('verify/catalog/values-of');
export const relationsCount = defineQuery('verify/catalog/relations-count');
export const targetRelationsCount = defineQuery('verify/catalog/target-relations-count');
