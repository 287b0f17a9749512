/**
 * Additions to Magento's directory (loaded from generator/metadata/system.sql: 249 countries, 858 regions
 * with their en_US names) that a store that localised it has: region names in other locales, address
 * formats per country (directory_country_format), and one region left behind by a country deleted with
 * foreign key checks off (its region cannot be validated against anything: rejected, COUNTRY_MISSING).
 */
import { insertRows, run, type SeedContext } from '../session.ts';

/** [region code of US, fr_FR name] and [DE region code, de_DE name]. */
export const LOCALIZED_REGIONS: ReadonlyArray<[country: string, code: string, locale: string, name: string]> = [
  ['US', 'CA', 'fr_FR', 'Californie'], ['US', 'NY', 'fr_FR', 'État de New York'], ['US', 'PA', 'fr_FR', 'Pennsylvanie'],
  ['US', 'HI', 'fr_FR', 'Hawaï'], ['DE', 'BAY', 'de_DE', 'Bayern'], ['DE', 'NDS', 'de_DE', 'Niedersachsen'],
];

export const COUNTRY_FORMATS: ReadonlyArray<[country: string, type: string, format: string]> = [
  ['US', 'html', '{{depend prefix}}{{var prefix}} {{/depend}}{{var firstname}} {{var lastname}}<br/>{{var street1}}<br/>{{var city}}, {{var region}} {{var postcode}}'],
  ['US', 'oneline', '{{var firstname}} {{var lastname}}, {{var street}}, {{var city}}, {{var region}} {{var postcode}}'],
  ['DE', 'text', '{{var firstname}} {{var lastname}}\n{{var street1}}\n{{var postcode}} {{var city}}'],
];

/** The region of a deleted country (its region_id: after Magento's 858). */
export const ORPHAN_REGION_ID = 5000;

export async function createDirectoryExtras(ctx: SeedContext): Promise<void> {
  for (const [country, code, locale, name] of LOCALIZED_REGIONS) {
    await run(ctx, 'directory_country_region_name', `INSERT INTO directory_country_region_name (locale, region_id, name)
      SELECT ?, r.region_id, ? FROM directory_country_region r WHERE r.country_id = ? AND r.code = ?`, [locale, name, country, code]);
  }
  await insertRows(ctx, 'directory_country_format', ['country_id', 'type', 'format'], COUNTRY_FORMATS.map((f) => [...f]));
  await insertRows(ctx, 'directory_country_region', ['region_id', 'country_id', 'code', 'default_name'], [[ORPHAN_REGION_ID, 'YU', 'BG', 'Beograd']]);
  await insertRows(ctx, 'directory_country_region_name', ['locale', 'region_id', 'name'], [['en_US', ORPHAN_REGION_ID, 'Belgrade']]);
}
