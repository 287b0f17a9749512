/** What an import writes into the location service. Checked against migrations/ by test/architecture/contracts.test.ts. */
import { contractOf, table } from '../kit/index.ts';

export const store = table('store', ['id', 'magento_id', 'code', 'name', 'website_magento_id', 'website_code', 'is_active'], ['id']);
export const country = table('country', ['id', 'code', 'iso2_code', 'iso3_code'], ['id']);
export const countryFormat = table('country_format', ['country_code', 'magento_id', 'type', 'format'], ['country_code', 'type']);
export const region = table('region', ['id', 'magento_id', 'country_code', 'code', 'default_name'], ['id']);
export const regionName = table('region_name', ['region_id', 'locale', 'name'], ['region_id', 'locale']);
export const currencyRate = table('currency_rate', ['currency_from', 'currency_to', 'rate'], ['currency_from', 'currency_to']);
export const locationSetting = table('location_setting', ['path', 'scope', 'scope_id', 'value'], ['path', 'scope', 'scope_id']);

export const locationContract = contractOf(store, country, countryFormat, region, regionName, currencyRate, locationSetting);
