/**
 * Address validation as Magento applies it when an address is saved (pure):
 *  - Magento\Customer\Model\Address\Validator\Country::validateCountry: the country is required and must be
 *    among the store view's allowed countries (general/country/allow);
 *  - Validator\Country::validateRegion: a country in general/region/state_required needs a region: its region_id
 *    when the country has regions in the directory, else the free-text region; a region_id given must be one of
 *    the country's regions (a region of another country is invalid even where regions are optional);
 *  - Validator\General: the postcode is required unless the country is in general/country/optional_zip_countries
 *    (Magento\Directory\Helper\Data::isZipCodeOptional);
 *  - the postcode's format (postcodes.ts, zip_codes.xml) is a warning, as Magento's checkout gives it.
 * Messages are Magento's.
 */
import { postcodeMatches } from './postcodes.ts';
import type { ScopedSettings } from './settings.ts';

export interface AddressInput {
  country_id?: string | null;
  region_id?: number | null;
  region?: string | null;
  postcode?: string | null;
}

export interface Finding {
  field: 'country_id' | 'region_id' | 'region' | 'postcode';
  code: string;
  message: string;
}

export interface Directory {
  countryExists(code: string): boolean;
  /** The region ids of a country in the directory. */
  regionIds(code: string): readonly number[];
}

const notEmpty = (v: unknown): boolean => v !== null && v !== undefined && String(v).trim() !== '';

export function validateAddress(input: AddressInput, settings: ScopedSettings, directory: Directory): { valid: boolean; errors: Finding[]; warnings: Finding[] } {
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const country = input.country_id ?? '';
  if (!notEmpty(country)) {
    errors.push({ field: 'country_id', code: 'REQUIRED', message: '"countryId" is required. Enter and try again.' });
    return { valid: false, errors, warnings };
  }
  if (!directory.countryExists(country) || !settings.list('general/country/allow').includes(country)) {
    errors.push({ field: 'country_id', code: 'NOT_ALLOWED', message: `Invalid value of "${country}" provided for the countryId field.` });
    return { valid: false, errors, warnings };
  }
  const allowedRegions = directory.regionIds(country);
  const regionRequired = settings.list('general/region/state_required').includes(country);
  if (regionRequired && allowedRegions.length === 0 && !notEmpty(input.region)) {
    errors.push({ field: 'region', code: 'REQUIRED', message: '"region" is required. Enter and try again.' });
  } else if (allowedRegions.length > 0 && !notEmpty(input.region_id) && regionRequired) {
    errors.push({ field: 'region_id', code: 'REQUIRED', message: '"regionId" is required. Enter and try again.' });
  } else if (allowedRegions.length > 0 && notEmpty(input.region_id) && !allowedRegions.includes(Number(input.region_id))) {
    errors.push({ field: 'region_id', code: 'NOT_OF_COUNTRY', message: `Invalid value of "${input.region_id}" provided for the regionId field.` });
  }
  const optionalZip = settings.list('general/country/optional_zip_countries').includes(country);
  if (!notEmpty(input.postcode)) {
    if (!optionalZip) errors.push({ field: 'postcode', code: 'REQUIRED', message: '"postcode" is required. Enter and try again.' });
  } else {
    const m = postcodeMatches(country, String(input.postcode).trim());
    if (m && !m.matches) warnings.push({ field: 'postcode', code: 'FORMAT', message: `Provided Zip/Postal Code seems to be invalid. Example: ${m.examples.join('; ')}.` });
  }
  return { valid: errors.length === 0, errors, warnings };
}
