/**
 * Typed names of `verify`'s location queries: its own reading of Magento's directory tables (MySQL) and of
 * the location service's database (target-*, Postgres). Nothing here is shared with sql/source/location.
 */
import { defineQuery } from '../../query.ts';

export const countriesKeys = defineQuery('verify/location/countries-keys');
export const currencyRatesKeys = defineQuery('verify/location/currency-rates-keys');
export const currencyRatesPerPair = defineQuery('verify/location/currency-rates-per-pair');
export const regionFields = defineQuery('verify/location/region-fields');
export const regionsKeys = defineQuery('verify/location/regions-keys');
export const regionsPerCountry = defineQuery('verify/location/regions-per-country');
export const targetCountriesKeys = defineQuery('verify/location/target-countries-keys');
export const targetCurrencyRatesKeys = defineQuery('verify/location/target-currency-rates-keys');
export const targetCurrencyRatesPerPair = defineQuery('verify/location/target-currency-rates-per-pair');
export const targetRegionFields = defineQuery('verify/location/target-region-fields');
export const targetRegionsKeys = defineQuery('verify/location/target-regions-keys');
export const targetRegionsPerCountry = defineQuery('verify/location/target-regions-per-country');
