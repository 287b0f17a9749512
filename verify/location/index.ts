/**
 * The location context's verification: countries (every code), regions (how many per country, every
 * (country, code) pair, on a sample their fields) and currency rates (every pair and its rate, exact).
 */
import * as q from '../../sql/verify/location/index.ts';
import { tableVerifier } from '../table.ts';
import type { ContextVerify } from '../types.ts';

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/*
 * A country_id that is not an ISO 3166-1 alpha-2 code is rejected by the migration under its code (not a
 * Magento id): it is in no key set, as Magento\Directory\Model\Country would not resolve it either.
 */
const ISO2 = /^[A-Z]{2}$/;

const countries = tableVerifier({
  entity: 'countries',
  sourceKeys: q.countriesKeys,
  targetKeys: q.targetCountriesKeys,
  keySets: [{ name: 'country code', key: (r) => (ISO2.test(str(r.code)) ? str(r.code) : null) }],
  label: (r) => `country=${str(r.code)}`,
});

const regions = tableVerifier({
  entity: 'regions',
  sourceKeys: q.regionsKeys,
  targetKeys: q.targetRegionsKeys,
  keySets: [{ name: '(country, code)', key: (r) => `${str(r.country)}/${str(r.code)}` }],
  label: (r) => `region_id=${str(r.id)},country=${str(r.country)}`,
  measures: [{ source: q.regionsPerCountry, target: q.targetRegionsPerCountry }],
  fields: [{ source: q.regionFields, target: q.targetRegionFields }],
  sampleFrom: 'region',
});

/** A rate that is not a positive decimal is rejected (NO_RATE) under its pair: in no key set. */
const positive = (v: unknown): boolean => /^\d+(\.\d+)?$/.test(str(v)) && !/^0+(\.0+)?$/.test(str(v));

const currencyRates = tableVerifier({
  entity: 'currency_rates',
  sourceKeys: q.currencyRatesKeys,
  targetKeys: q.targetCurrencyRatesKeys,
  keySets: [{ name: 'currency pair', key: (r) => (positive(r.rate) ? str(r.id) : null) }],
  label: (r) => `pair=${str(r.id)}`,
  measures: [{ source: q.currencyRatesPerPair, target: q.targetCurrencyRatesPerPair }],
});

export const locationVerify: ContextVerify = { entities: [countries, regions, currencyRates] };
