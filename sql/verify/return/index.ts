/**
 * Typed names of `verify`'s return queries: its own reading of Adobe Commerce's Magento_Rma tables (MySQL)
 * and of the return service's database (target-*, Postgres). Nothing here is shared with sql/source/return.
 * No query reads protect_code.
 */
import { defineQuery } from '../../query.ts';

export const itemsSums = defineQuery('verify/return/items-sums');
export const returnFields = defineQuery('verify/return/return-fields');
export const returnsKeys = defineQuery('verify/return/returns-keys');
export const returnsPerStatus = defineQuery('verify/return/returns-per-status');
export const targetItemsSums = defineQuery('verify/return/target-items-sums');
export const targetReturnFields = defineQuery('verify/return/target-return-fields');
export const targetReturnsKeys = defineQuery('verify/return/target-returns-keys');
export const targetReturnsPerStatus = defineQuery('verify/return/target-returns-per-status');
