/** Reads of the location service's database for its routes. */
import type { Queryable } from '../kit/index.ts';
import { scopedSettings, type Scope, type ScopedSettings, type SettingRow } from './settings.ts';
import type { Directory } from './validate.ts';

export interface StoreRef { magento_id: number; code: string; website_magento_id: number; website_code: string | null }

export async function findStore(db: Queryable, code: string): Promise<StoreRef | null> {
  const { rows } = await db.query<StoreRef>('SELECT magento_id, code, website_magento_id, website_code FROM store WHERE code = $1', [code]);
  return rows[0] ?? null;
}

export async function findWebsite(db: Queryable, code: string): Promise<number | null> {
  const { rows } = await db.query<{ website_magento_id: number }>('SELECT website_magento_id FROM store WHERE website_code = $1 LIMIT 1', [code]);
  return rows[0]?.website_magento_id ?? null;
}

export async function settingsAt(db: Queryable, scope: Scope): Promise<ScopedSettings> {
  const { rows } = await db.query<SettingRow>('SELECT path, scope, scope_id, value FROM location_setting');
  return scopedSettings(rows, scope);
}

export interface CountryView {
  id: string;
  code: string;
  iso2_code: string | null;
  iso3_code: string | null;
  allowed: boolean;
  region_required: boolean;
  postcode_optional: boolean;
  regions: number;
  formats: Record<string, string>;
}

export async function listCountries(db: Queryable, settings: ScopedSettings): Promise<CountryView[]> {
  const { rows } = await db.query<Omit<CountryView, 'allowed' | 'region_required' | 'postcode_optional'>>(`SELECT c.id, c.code, c.iso2_code, c.iso3_code,
      (SELECT count(*)::int FROM region r WHERE r.country_code = c.code) AS regions,
      COALESCE((SELECT json_object_agg(f.type, f.format ORDER BY f.type) FROM country_format f WHERE f.country_code = c.code), '{}'::json) AS formats
    FROM country c ORDER BY c.code`);
  const allowed = new Set(settings.list('general/country/allow'));
  const required = new Set(settings.list('general/region/state_required'));
  const optional = new Set(settings.list('general/country/optional_zip_countries'));
  return rows.map((r) => ({ ...r, allowed: allowed.has(r.code), region_required: required.has(r.code), postcode_optional: optional.has(r.code) }));
}

export async function countryExists(db: Queryable, code: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM country WHERE code = $1', [code])).rowCount === 1;
}

/**
 * A country's regions with their names in `locale`: Magento\Directory\Model\ResourceModel\Region\Collection
 * joins directory_country_region_name on the locale and takes IFNULL(name, default_name); ordered by name.
 */
export async function listRegions(db: Queryable, country: string, locale: string): Promise<Array<{ id: string; magento_id: number; code: string | null; name: string | null; default_name: string | null }>> {
  const { rows } = await db.query(`SELECT r.id, r.magento_id, r.code, COALESCE(n.name, r.default_name) AS name, r.default_name
      FROM region r LEFT JOIN region_name n ON n.region_id = r.id AND n.locale = $2
     WHERE r.country_code = $1 ORDER BY COALESCE(n.name, r.default_name), r.magento_id`, [country, locale]);
  return rows as Array<{ id: string; magento_id: number; code: string | null; name: string | null; default_name: string | null }>;
}

export async function directoryFor(db: Queryable, country: string): Promise<Directory> {
  const exists = await countryExists(db, country);
  const { rows } = await db.query<{ magento_id: number }>('SELECT magento_id FROM region WHERE country_code = $1', [country]);
  const ids = rows.map((r) => r.magento_id);
  return { countryExists: (c) => c === country && exists, regionIds: (c) => (c === country ? ids : []) };
}

export async function listRates(db: Queryable): Promise<Array<{ currency_from: string; currency_to: string; rate: string }>> {
  const { rows } = await db.query<{ currency_from: string; currency_to: string; rate: string }>('SELECT currency_from, currency_to, rate::text AS rate FROM currency_rate ORDER BY 1, 2');
  return rows;
}
