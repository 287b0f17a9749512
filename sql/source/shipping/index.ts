/** Typed names of the shipping context's source queries (sql/source/shipping/*.sql) and their rows. */
import { defineQuery } from '../../query.ts';

export type CountRow = { n: number };

export interface SourceStoreRow { store_id: number; code: string | null; name: string | null; website_id: number; website_code: string | null; is_active: number }

export const stores = defineQuery<SourceStoreRow>('source/shipping/stores');
export const storeCount = defineQuery<CountRow>('source/shipping/store-count');

export interface SourceTablerate {
  pk: number;
  website_id: number;
  dest_country_id: string;
  dest_region_id: number;
  dest_zip: string;
  condition_name: string;
  condition_value: string;
  price: string;
  cost: string;
}
export const tablerates = defineQuery<SourceTablerate>('source/shipping/tablerates');
export const tablerateCount = defineQuery<CountRow>('source/shipping/tablerate-count');

export interface SourceConfigRow { config_id: number; scope: string; scope_id: number; path: string; value: string | null }
export const carrierConfig = defineQuery<SourceConfigRow>('source/shipping/carrier-config');
export const carrierConfigCount = defineQuery<CountRow>('source/shipping/carrier-config-count');
