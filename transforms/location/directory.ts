/**
 * Magento's directory onto the location service (pure): countries with their address formats, regions with
 * their localized names, currency rates (exact decimals), and the address settings. Rejects:
 *  - NO_COUNTRY_CODE (country, entity): a country row whose country_id is not two letters cannot be named;
 *  - COUNTRY_MISSING (region, entity): a region of a country the directory no longer has;
 *  - NO_RATE (currency rate, entity): a rate that is not a positive decimal would convert prices to nothing.
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { locationContract as c } from '../../services/location/index.ts';
import type { SourceConfig, SourceCountry, SourceCountryFormat, SourceRate, SourceRegion, SourceRegionName } from '../../sql/source/location/index.ts';

export interface CountryChildren { formats: SourceCountryFormat[] }
export interface RegionChildren { names: SourceRegionName[] }

const COUNTRY = /^[A-Z]{2}$/;

export function mapCountries(rows: readonly SourceCountry[], children: Partial<CountryChildren>): Mapped {
  const out: unknown[][] = [];
  const formats: unknown[][] = [];
  const rejects: Reject[] = [];
  const kept = new Set<string>();
  for (const r of rows) {
    if (!COUNTRY.test(r.country_id)) {
      rejects.push({ sourceKey: `country_id=${r.country_id}`, reason: 'NO_COUNTRY_CODE', detail: 'country_id is not an ISO 3166-1 alpha-2 code' });
      continue;
    }
    kept.add(r.country_id);
    out.push([entityUuid('country', r.country_id), r.country_id, r.iso2_code, r.iso3_code]);
  }
  for (const f of children.formats ?? []) if (f.country_id && kept.has(f.country_id) && f.type) formats.push([f.country_id, Number(f.country_format_id), f.type, f.format]);
  return {
    loadedRows: out.length,
    tables: { [c.country.table]: { columns: c.country.columns, rows: out }, [c.country_format.table]: { columns: c.country_format.columns, rows: formats } },
    rejects,
    stats: formats.length ? { 'countries.address_formats': formats.length } : {},
    ids: out.map((r) => ['country', r[1] as string, r[0] as string]),
  };
}

export function mapRegions(rows: readonly SourceRegion[], children: Partial<RegionChildren>, countries: ReadonlySet<string>): Mapped {
  const out: unknown[][] = [];
  const names: unknown[][] = [];
  const rejects: Reject[] = [];
  const kept = new Set<number>();
  for (const r of rows) {
    const id = Number(r.region_id);
    if (!countries.has(r.country_id)) {
      rejects.push({ sourceKey: `region_id=${id}`, reason: 'COUNTRY_MISSING', detail: `country ${r.country_id} is not in directory_country` });
      continue;
    }
    kept.add(id);
    out.push([entityUuid('region', id), id, r.country_id, r.code, r.default_name]);
  }
  const locales: Record<string, number> = {};
  for (const n of children.names ?? []) {
    if (!kept.has(Number(n.region_id))) continue;
    names.push([entityUuid('region', Number(n.region_id)), n.locale, n.name]);
    locales[`region_names.locale=${n.locale}`] = (locales[`region_names.locale=${n.locale}`] ?? 0) + 1;
  }
  return {
    loadedRows: out.length,
    tables: { [c.region.table]: { columns: c.region.columns, rows: out }, [c.region_name.table]: { columns: c.region_name.columns, rows: names } },
    rejects,
    stats: locales,
    ids: out.map((r) => ['region', r[1] as number, r[0] as string]),
  };
}

const DECIMAL = /^\d+(\.\d+)?$/;

export function mapRates(rows: readonly SourceRate[]): Mapped {
  const out: unknown[][] = [];
  const rejects: Reject[] = [];
  for (const r of rows) {
    const rate = String(r.rate);
    if (!DECIMAL.test(rate) || /^0+(\.0+)?$/.test(rate)) {
      rejects.push({ sourceKey: `currency_from=${r.currency_from},currency_to=${r.currency_to}`, reason: 'NO_RATE', detail: `rate ${rate} is not a positive decimal` });
      continue;
    }
    out.push([r.currency_from, r.currency_to, rate]);
  }
  return { loadedRows: out.length, tables: { [c.currency_rate.table]: { columns: c.currency_rate.columns, rows: out } }, rejects };
}

export function mapLocationSettings(rows: readonly SourceConfig[]): Mapped {
  return {
    loadedRows: rows.length,
    tables: { [c.location_setting.table]: { columns: c.location_setting.columns, rows: rows.map((r) => [r.path, r.scope, Number(r.scope_id), r.value]) } },
    rejects: [],
  };
}
