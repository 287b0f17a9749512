/**
 * Addresses, pure: a page of customer_address_entity rows (with their customer's e-mail and website) and their
 * EAV values -> customer_address rows (and their entries in the read model, customer_address_document). An address loads only with its customer: one of a deleted customer is
 * a DANGLING_REFERENCE reject, one of a rejected customer (verdicts.ts) a CUSTOMER_REJECTED reject. Value
 * rejects as for customers (NUL bytes, zero dates, a region_id the directory does not have).
 * `street` is Magento's multiline text: one line per '\n'. A region_id without a region name shows the
 * directory's name, as Magento\Customer\Model\Address\AbstractAddress::getRegion() does.
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { customerContract as c } from '../../services/customer/index.ts';
import type { SourceAddress, SourceRegion } from '../../sql/source/customer/index.ts';
import { pivotEavValues } from '../eav/pivot.ts';
import type { RawEavValues, StoreScopes } from '../eav/types.ts';
import { customAttributes, extraStaticCodes, type AttributeLookups } from './attributes.ts';
import { addressDocumentRows } from './documents.ts';
import { reconcileKey, websiteLabel, type WebsiteRef } from './store-refs.ts';
import { Bad, flag, int, text, timestamp } from './values.ts';
import { customerVerdict, type Duplicates } from './verdicts.ts';

export interface AddressPageContext {
  attributes: AttributeLookups;
  scopes: StoreScopes;
  websites: ReadonlyMap<number, WebsiteRef>;
  duplicates: Duplicates;
  regions: ReadonlyMap<number, SourceRegion>;
}

export interface AddressPage {
  rows: SourceAddress[];
  values?: RawEavValues;
}

export const MODELLED_ADDRESS_CODES = new Set([
  'entity_id', 'increment_id', 'parent_id', 'created_at', 'updated_at', 'is_active', 'city', 'company', 'country_id', 'fax', 'firstname',
  'lastname', 'middlename', 'postcode', 'prefix', 'region', 'region_id', 'street', 'suffix', 'telephone', 'vat_id', 'vat_is_valid',
  'vat_request_date', 'vat_request_id', 'vat_request_success', 'owner_id', 'owner_email', 'owner_website_id',
]);

function inc(stats: Record<string, number>, key: string): void {
  stats[key] = (stats[key] ?? 0) + 1;
}

export function mapAddressPage(page: AddressPage, ctx: AddressPageContext): Mapped {
  const rejects: Reject[] = [];
  const stats: Record<string, number> = {};
  const rows: unknown[][] = [];
  const ids: NonNullable<Mapped['ids']> = [];
  const rejected = new Set<number>();
  const owner = new Map<number, number | null>();
  for (const a of page.rows) {
    const entityId = Number(a.entity_id);
    const site = websiteLabel(ctx.websites, a.owner_id === null ? null : int(a.owner_website_id));
    inc(stats, reconcileKey(a.owner_id === null ? 'none' : site, 'addresses', 'read'));
    if (a.owner_id === null) {
      rejected.add(entityId);
      const detail = a.parent_id === null ? 'the address has no customer' : `customer entity_id=${a.parent_id} does not exist`;
      rejects.push({ sourceKey: `entity_id=${entityId}`, reason: 'DANGLING_REFERENCE', detail });
      inc(stats, reconcileKey('none', 'addresses', 'rejected'));
      continue;
    }
    const v = customerVerdict(Number(a.owner_id), a.owner_email, ctx.duplicates);
    if (!v.ok) {
      rejected.add(entityId);
      rejects.push({ sourceKey: `entity_id=${entityId}`, reason: 'CUSTOMER_REJECTED', detail: `customer entity_id=${a.owner_id}: ${v.reason}` });
      inc(stats, reconcileKey(site, 'addresses', 'rejected'));
      continue;
    }
    owner.set(entityId, Number(a.owner_id));
  }
  const keys = page.rows.map((r) => Number(r.entity_id));
  const pivot = page.values
    ? pivotEavValues(page.values, keys, { attributes: ctx.attributes.catalog, stores: ctx.scopes, nullPolicy: 'explicit', countOrphanKeys: true, ignoreKeys: rejected })
    : null;
  if (pivot) {
    rejects.push(...pivot.rejects);
    for (const k in pivot.stats) if (pivot.stats[k]) stats[k] = (stats[k] ?? 0) + pivot.stats[k];
  }
  const staticCodes = page.rows.length ? extraStaticCodes(ctx.attributes, Object.keys(page.rows[0])) : [];

  // Made once per page (closures per row were a visible share of the time): `key` is the row's.
  let key = '';
  const keep = <T>(attribute: string, v: T | Bad): T | null => {
    if (v instanceof Bad) {
      rejects.push({ sourceKey: `${key},attribute=${attribute}`, reason: v.reason });
      return null;
    }
    return v;
  };
  const onBadAttribute = (code: string, reason: string): void => void rejects.push({ sourceKey: `${key},attribute=${code}`, reason });
  const loadedKeys = new Map<number | null, string>();
  for (const a of page.rows) {
    const entityId = Number(a.entity_id);
    const customerId = owner.get(entityId);
    if (customerId === undefined || customerId === null) continue;
    key = `entity_id=${entityId}`;
    const street = keep('street', text(a.street));
    const regionId = int(a.region_id);
    let region = keep('region', text(a.region));
    let regionCode: string | null = null;
    if (regionId !== null && regionId !== 0) {
      const r = ctx.regions.get(regionId);
      if (r) {
        regionCode = r.code;
        if (region === null || region === '') region = r.default_name;
      } else rejects.push({ sourceKey: `${key},attribute=region_id`, reason: 'DANGLING_REFERENCE', detail: `region_id=${regionId} is not in directory_country_region` });
    }
    const id = entityUuid('customer_address', entityId);
    const attributes = customAttributes(ctx.attributes, pivot?.entities.get(entityId)?.defaults, a, staticCodes, onBadAttribute);
    rows.push([
      id, entityId, entityUuid('customer', customerId), customerId, flag(a.is_active),
      keep('prefix', text(a.prefix)), keep('firstname', text(a.firstname)), keep('middlename', text(a.middlename)), keep('lastname', text(a.lastname)),
      keep('suffix', text(a.suffix)), keep('company', text(a.company)), street === null ? [] : street.split('\n'), keep('city', text(a.city)),
      region, regionId === 0 ? null : regionId, regionCode, keep('postcode', text(a.postcode)), keep('country_id', text(a.country_id)),
      keep('telephone', text(a.telephone)), keep('fax', text(a.fax)), keep('vat_id', text(a.vat_id)), int(a.vat_is_valid),
      keep('vat_request_id', text(a.vat_request_id)), keep('vat_request_date', text(a.vat_request_date)), int(a.vat_request_success),
      keep('created_at', timestamp(a.created_at)), keep('updated_at', timestamp(a.updated_at)), attributes,
    ]);
    ids.push(['customer_address', entityId, id]);
    const w = int(a.owner_website_id);
    let loadedKey = loadedKeys.get(w);
    if (loadedKey === undefined) loadedKeys.set(w, (loadedKey = reconcileKey(websiteLabel(ctx.websites, w), 'addresses', 'loaded')));
    inc(stats, loadedKey);
  }
  const documents = addressDocumentRows(rows);
  // Entries the transform left to Postgres (a value whose stored form it is not sure of): built in the batch.
  if (documents.length < rows.length) stats['documents.addresses_built_by_postgres'] = rows.length - documents.length;
  return {
    loadedRows: rows.length,
    tables: {
      customer_address: { columns: c.customer_address.columns, rows },
      // Each address's entry in its customer's document, from its row (documents.ts).
      customer_address_document: { columns: c.customer_address_document.columns, rows: documents },
    },
    rejects,
    ids,
    stats,
  };
}
