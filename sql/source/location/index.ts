/** Typed names of the location context's source queries (sql/source/location/*.sql) and their rows. */
import { defineQuery } from '../../query.ts';
import type { SourceStoreRow } from '../review/index.ts';

export type CountRow = { n: number };
export type { SourceStoreRow };

export interface SourceCountry { country_id: string; iso2_code: string | null; iso3_code: string | null }
export interface SourceCountryFormat { country_format_id: number; country_id: string | null; type: string | null; format: string }
export interface SourceRegion { region_id: number; country_id: string; code: string | null; default_name: string | null }
export interface SourceRegionName { region_id: number; locale: string; name: string | null }
export interface SourceRate { currency_from: string; currency_to: string; rate: string }
export interface SourceConfig { config_id: number; scope: string; scope_id: number; path: string; value: string | null }

export const countries = defineQuery<SourceCountry>('source/location/countries');
export const countryCount = defineQuery<CountRow>('source/location/country-count');
export const countryFormats = defineQuery<SourceCountryFormat>('source/location/country-formats');
export const countryIds = defineQuery<{ country_id: string }>('source/location/country-ids');
export const regions = defineQuery<SourceRegion>('source/location/regions');
export const regionCount = defineQuery<CountRow>('source/location/region-count');
export const regionNames = defineQuery<SourceRegionName>('source/location/region-names');
export const currencyRates = defineQuery<SourceRate>('source/location/currency-rates');
export const currencyRateCount = defineQuery<CountRow>('source/location/currency-rate-count');
export const configRows = defineQuery<SourceConfig>('source/location/config');
export const configCount = defineQuery<CountRow>('source/location/config-count');
export const stores = defineQuery<SourceStoreRow>('source/location/stores');
export const storeCount = defineQuery<CountRow>('source/location/store-count');
