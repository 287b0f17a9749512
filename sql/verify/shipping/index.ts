/**
 * Typed names of `verify`'s shipping queries: its own reading of Magento's shipping_tablerate and carrier
 * settings (MySQL) and of the shipping service's database (target-*, Postgres). Nothing here is shared with
 * sql/source/shipping.
 */
import { defineQuery } from '../../query.ts';

export const carrierConfigFields = defineQuery('verify/shipping/carrier-config-fields');
export const carrierConfigKeys = defineQuery('verify/shipping/carrier-config-keys');
export const tablerateFields = defineQuery('verify/shipping/tablerate-fields');
export const tableratesKeys = defineQuery('verify/shipping/tablerates-keys');
export const tableratesPerWebsite = defineQuery('verify/shipping/tablerates-per-website');
export const targetCarrierConfigFields = defineQuery('verify/shipping/target-carrier-config-fields');
export const targetCarrierConfigKeys = defineQuery('verify/shipping/target-carrier-config-keys');
export const targetTablerateFields = defineQuery('verify/shipping/target-tablerate-fields');
export const targetTableratesKeys = defineQuery('verify/shipping/target-tablerates-keys');
export const targetTableratesPerWebsite = defineQuery('verify/shipping/target-tablerates-per-website');
