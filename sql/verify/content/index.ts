/**
 * Typed names of `verify`'s content queries: its own reading of Magento's CMS and URL rewrite tables
 * (MySQL) and of the content service's database (target-*, Postgres). Nothing here is shared with
 * sql/source/content.
 */
import { defineQuery } from '../../query.ts';

export const blockFields = defineQuery('verify/content/block-fields');
export const blockStores = defineQuery('verify/content/block-stores');
export const blocksKeys = defineQuery('verify/content/blocks-keys');
export const pageFields = defineQuery('verify/content/page-fields');
export const pageStores = defineQuery('verify/content/page-stores');
export const pagesKeys = defineQuery('verify/content/pages-keys');
export const rewriteFields = defineQuery('verify/content/rewrite-fields');
export const rewritesKeys = defineQuery('verify/content/rewrites-keys');
export const rewritesPerStore = defineQuery('verify/content/rewrites-per-store');
export const storesKeys = defineQuery('verify/content/stores-keys');
export const targetBlockFields = defineQuery('verify/content/target-block-fields');
export const targetBlockStores = defineQuery('verify/content/target-block-stores');
export const targetBlocksKeys = defineQuery('verify/content/target-blocks-keys');
export const targetPageFields = defineQuery('verify/content/target-page-fields');
export const targetPageStores = defineQuery('verify/content/target-page-stores');
export const targetPagesKeys = defineQuery('verify/content/target-pages-keys');
export const targetRewriteFields = defineQuery('verify/content/target-rewrite-fields');
export const targetRewritesKeys = defineQuery('verify/content/target-rewrites-keys');
export const targetRewritesPerStore = defineQuery('verify/content/target-rewrites-per-store');
export const targetStoresKeys = defineQuery('verify/content/target-stores-keys');
