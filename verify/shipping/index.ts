/**
 * The shipping context's verification: table rates (how many per website with their prices and costs summed,
 * every (website, destination, condition) key, on a sample the price and cost) and the carriers' settings
 * (every scope and path; on a sample the value). A secret setting is rejected by the migration as a whole
 * (SECRET_NOT_COPIED): it is in no key set, and its value is never read here.
 */
import * as q from '../../sql/verify/shipping/index.ts';
import { canonical } from '../values.ts';
import { tableVerifier } from '../table.ts';
import type { ContextVerify } from '../types.ts';

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

const tablerates = tableVerifier({
  entity: 'tablerates',
  sourceKeys: q.tableratesKeys,
  targetKeys: q.targetTableratesKeys,
  keySets: [{
    name: 'website/country/region/zip/condition',
    key: (r) => [r.website, r.country, r.region, r.zip, r.condition_name, canonical(r.condition_value)].map(str).join('/'),
  }],
  label: (r) => `pk=${str(r.id)}`,
  measures: [{ source: q.tableratesPerWebsite, target: q.targetTableratesPerWebsite }],
  fields: [{ source: q.tablerateFields, target: q.targetTablerateFields }],
  sampleFrom: 'tablerate',
});

const carrierConfig = tableVerifier({
  entity: 'carrier_config',
  sourceKeys: q.carrierConfigKeys,
  targetKeys: q.targetCarrierConfigKeys,
  keySets: [{ name: 'scope/scope_id/path', key: (r) => `${str(r.scope)}/${str(r.scope_id)}/${str(r.path)}` }],
  label: (r) => `config_id=${str(r.id)},path=${str(r.path)}`,
  // Its rejects (a secret, an unknown scope) name the path beside the id.
  wholeReject: /^config_id=(\d+),path=/,
  fields: [{ source: q.carrierConfigFields, target: q.targetCarrierConfigFields }],
  sampleFrom: 'carrier_config',
});

export const shippingVerify: ContextVerify = { entities: [tablerates, carrierConfig] };
