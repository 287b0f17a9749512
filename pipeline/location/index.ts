/**
 * The location context's migration: store views (settings are read per store view), the address settings,
 * countries with their address formats, regions with their localized names, currency rates, into the
 * location service (services/location).
 */
import { readRows } from '../../extractors/query.ts';
import type { SourceContext } from '../../extractors/source.ts';
import { locationContract as c, LOCATION_SETTING_PATHS, locationService } from '../../services/location/index.ts';
import {
  configCount, configRows, countries, countryCount, countryFormats, countryIds, currencyRateCount, currencyRates, regionCount, regionNames, regions, storeCount, stores,
  type SourceConfig, type SourceCountry, type SourceRate, type SourceRegion,
} from '../../sql/source/location/index.ts';
import { mapCountries, mapLocationSettings, mapRates, mapRegions, type CountryChildren, type RegionChildren } from '../../transforms/location/directory.ts';
import { declaredEntity } from '../declared-entity.ts';
import { check, reconciliationOf } from '../reconcile-support.ts';
import { storeViewsEntity } from '../store-views.ts';
import type { ContextMigration } from '../types.ts';
import { locationVerify } from '../../verify/location/index.ts';

const WHOLE = 100_000;

const settings = declaredEntity<SourceConfig, undefined, object>('location', {
  entity: 'settings',
  page: configRows,
  count: configCount,
  key: { columns: ['c.config_id'], of: (r) => Number(r.config_id) },
  pageSize: WHOLE,
  params: () => ({ paths: LOCATION_SETTING_PATHS }),
  map: (p) => mapLocationSettings(p.rows),
  writes: [c.location_setting],
  primaryTable: 'location_setting',
  rowKey: (_t, row) => `path=${String(row[0])},scope=${String(row[1])},scope_id=${String(row[2])}`,
});

const countriesEntity = declaredEntity<SourceCountry, undefined, CountryChildren>('location', {
  entity: 'countries',
  page: countries,
  count: countryCount,
  key: { columns: ['c.country_id'], of: (r) => r.country_id },
  pageSize: WHOLE,
  children: { formats: { query: countryFormats, by: (r) => r.country_id, when: (s) => s.hasTable('directory_country_format') } },
  map: (p) => mapCountries(p.rows, p.children),
  writes: [c.country, c.country_format],
  primaryTable: 'country',
  rowKey: (_t, row) => `country_id=${String(row[1])}`,
});

function countrySet(src: SourceContext): Promise<Set<string>> {
  return src.memo('location.countries', async () => new Set((await readRows(src.conn, countryIds)).map((r) => r.country_id)));
}

const regionsEntity = declaredEntity<SourceRegion, Set<string>, RegionChildren>('location', {
  entity: 'regions',
  page: regions,
  count: regionCount,
  key: { columns: ['r.region_id'], of: (r) => Number(r.region_id) },
  children: { names: { query: regionNames, by: 'range' } },
  lookups: [countryIds],
  prepare: countrySet,
  map: (p, known) => mapRegions(p.rows, p.children, known),
  writes: [c.region, c.region_name],
  primaryTable: 'region',
});

const ratesEntity = declaredEntity<SourceRate, undefined, object>('location', {
  entity: 'currency_rates',
  page: currencyRates,
  count: currencyRateCount,
  key: { columns: ['r.currency_from', 'r.currency_to'], of: (r) => [r.currency_from, r.currency_to] },
  pageSize: WHOLE,
  map: (p) => mapRates(p.rows),
  writes: [c.currency_rate],
  primaryTable: 'currency_rate',
  rowKey: (_t, row) => `currency_from=${String(row[0])},currency_to=${String(row[1])}`,
});

export const locationMigration: ContextMigration = {
  name: 'location',
  service: locationService,
  entities: [storeViewsEntity('location', c.store, stores, storeCount), settings, countriesEntity, regionsEntity, ratesEntity],
  verify: locationVerify,
  async reconcile({ entities, target }) {
    if (!target) return undefined;
    const by = new Map(entities.map((e) => [e.entity, e]));
    const n = async (sql: string): Promise<number> => Number((await target.query(sql)).rows[0].n);
    const rows = [
      check('countries', 'count', 'all', by.get('countries')?.sourceCount ?? 0, await n('SELECT count(*)::int AS n FROM country'), by.get('countries')?.rejected ?? 0),
      check('regions', 'count', 'all', by.get('regions')?.sourceCount ?? 0, await n('SELECT count(*)::int AS n FROM region'), by.get('regions')?.rejected ?? 0),
      check('currency rates', 'count', 'all', by.get('currency_rates')?.sourceCount ?? 0, await n('SELECT count(*)::int AS n FROM currency_rate'), by.get('currency_rates')?.rejected ?? 0),
    ];
    return reconciliationOf(rows);
  },
};
