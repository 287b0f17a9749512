/**
 * Customers, pure: a page of customer_entity rows with their EAV values, their addresses' ids and their
 * newsletter subscriptions -> customer, customer_credentials and newsletter_subscription rows, and the read model's
 * customer_document rows built from them (documents.ts).
 *
 * Entity rejects: INVALID_EMAIL, DUPLICATE_EMAIL (verdicts.ts). Value rejects (the customer loads, the value
 * reads NULL): ZERO_DATE / INVALID_DATE (dob, timestamps), NUL_BYTE / INVALID_UTF8 (text), DANGLING_REFERENCE
 * (a website, store, group or default address that does not exist or is not the customer's),
 * UNKNOWN_PASSWORD_FORMAT (a hash no Magento could verify: the account loads without a usable password).
 * The password hash is kept as it is; rp_token is not carried over; lockout state and confirmation are.
 * Neither a hash nor a token ever reaches a reject, a stat or a sample.
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { customerContract as c, customerPasswords, type CustomerDocumentRefs } from '../../services/customer/index.ts';
import type { CustomerChildren, SourceCustomer } from '../../sql/source/customer/index.ts';
import { pivotEavValues } from '../eav/pivot.ts';
import type { RawEavValues, StoreScopes } from '../eav/types.ts';
import { customAttributes, extraStaticCodes, type AttributeLookups } from './attributes.ts';
import { customerDocumentRows, type GroupRef } from './documents.ts';
import { emailKey, emailScope } from './emails.ts';
import { reconcileKey, websiteLabel, type StoreRef, type WebsiteRef } from './store-refs.ts';
import { Bad, date, flag, int, text, timestamp } from './values.ts';
import { customerVerdict, type Duplicates } from './verdicts.ts';

const { parsePasswordHash, algorithmOf } = customerPasswords;

export interface CustomerPageContext {
  attributes: AttributeLookups;
  /** Customer values have no store scope: the pivot sees store 0 only. */
  scopes: StoreScopes;
  websites: ReadonlyMap<number, WebsiteRef>;
  stores: ReadonlyMap<number, StoreRef>;
  /** Groups by Magento id, as the service stores them (their codes and tax classes are in the documents). */
  groups: ReadonlyMap<number, GroupRef>;
  /** What the read model's documents show of the store tree and groups (documents.ts documentRefs). */
  documentRefs: CustomerDocumentRefs;
  duplicates: Duplicates;
  shareScope: 0 | 1;
  /** gender option id -> label. */
  genderLabels: ReadonlyMap<number, string | null>;
  /** attribute_id of `password_hash`: the data-migration-tool keeps a Magento 1 hash too long for the column there. */
  passwordAttributeId: number | null;
  /** MAGEMIG_MAGENTO_CRYPT_KEY was given to the run: HMAC hashes can be verified by the service. */
  hasCryptKey: boolean;
}

export interface CustomerPage {
  rows: SourceCustomer[];
  children: CustomerChildren;
  values?: RawEavValues;
}

/** Columns the service models (or deliberately drops); any other static attribute column becomes a custom attribute. */
export const MODELLED_CUSTOMER_CODES = new Set([
  'entity_id', 'website_id', 'email', 'group_id', 'increment_id', 'store_id', 'created_at', 'updated_at', 'is_active', 'disable_auto_group_change',
  'created_in', 'prefix', 'firstname', 'middlename', 'lastname', 'suffix', 'dob', 'default_billing', 'default_shipping', 'taxvat', 'gender',
  'session_cutoff',
]);

const STATUS: Record<number, string> = { 1: 'subscribed', 2: 'not_activated', 3: 'unsubscribed', 4: 'unconfirmed' };
const HEX128 = /^[0-9a-f]{128}$/;

/** The stored hash: customer_entity.password_hash, or the data-migration-tool's full copy where that one was cut or is bcrypt. */
function storedHash(row: SourceCustomer, dmt: string | undefined): string | null {
  const main = row.password_hash;
  if (dmt !== undefined && (main === null || main === '' || HEX128.test(main) || main.startsWith('$2'))) return dmt;
  return main;
}

function inc(stats: Record<string, number>, key: string, n = 1): void {
  stats[key] = (stats[key] ?? 0) + n;
}

export function mapCustomerPage(page: CustomerPage, ctx: CustomerPageContext): Mapped {
  const rejects: Reject[] = [];
  const stats: Record<string, number> = {};
  const customers: unknown[][] = [];
  const credentials: unknown[][] = [];
  const subscriptions: unknown[][] = [];
  const ids: NonNullable<Mapped['ids']> = [];
  const loadedIds = new Map<number, string>();

  // The data-migration-tool's password_hash rows are secrets, not attributes: taken out before the pivot.
  const dmtHashes = new Map<number, string>();
  let values = page.values;
  if (values && ctx.passwordAttributeId !== null && values.varchar.length > 0) {
    const pw = ctx.passwordAttributeId;
    if (values.varchar.some((r) => r[1] === pw)) {
      for (const r of values.varchar) if (r[1] === pw && typeof r[3] === 'string') dmtHashes.set(Number(r[0]), r[3]);
      values = { ...values, varchar: values.varchar.filter((r) => r[1] !== pw) };
    }
  }

  const verdictOf = new Map<number, boolean>();
  const rejectedKeys = new Set<number>();
  for (const r of page.rows) {
    const v = customerVerdict(Number(r.entity_id), r.email, ctx.duplicates);
    verdictOf.set(Number(r.entity_id), v.ok);
    if (!v.ok) {
      rejectedKeys.add(Number(r.entity_id));
      rejects.push({ sourceKey: `entity_id=${r.entity_id}`, reason: v.reason, detail: v.detail });
    }
  }
  const keys = page.rows.map((r) => Number(r.entity_id));
  const pivot = values
    ? pivotEavValues(values, keys, { attributes: ctx.attributes.catalog, stores: ctx.scopes, nullPolicy: 'explicit', countOrphanKeys: true, ignoreKeys: rejectedKeys })
    : null;
  if (pivot) {
    rejects.push(...pivot.rejects);
    for (const k in pivot.stats) if (pivot.stats[k]) inc(stats, k, pivot.stats[k]);
  }

  const owners = new Map<number, number>();
  for (const o of page.children.addressOwners) owners.set(Number(o.entity_id), Number(o.parent_id));
  const staticCodes = page.rows.length ? extraStaticCodes(ctx.attributes, Object.keys(page.rows[0])) : [];

  // Helpers made once per page (closures per row were a visible share of the time): `key` is the row's.
  let key = '';
  const bad = (attribute: string, reason: string, detail?: string): void => {
    rejects.push(detail === undefined ? { sourceKey: `${key},attribute=${attribute}`, reason } : { sourceKey: `${key},attribute=${attribute}`, reason, detail });
  };
  const keep = <T>(attribute: string, v: T | Bad): T | null => {
    if (v instanceof Bad) {
      bad(attribute, v.reason);
      return null;
    }
    return v;
  };
  const onBadAttribute = (code: string, reason: string): void => bad(code, reason);
  const groupUuids = new Map<number, string>();
  const siteKeys = new Map<string, [string, string, string]>();
  const counters = (site: string): [string, string, string] => {
    let k = siteKeys.get(site);
    if (!k) siteKeys.set(site, (k = [reconcileKey(site, 'customers', 'read'), reconcileKey(site, 'customers', 'rejected'), reconcileKey(site, 'customers', 'loaded')]));
    return k;
  };
  const defaultAddress = (r: SourceCustomer, entityId: number, attribute: 'default_billing' | 'default_shipping'): number | null => {
    const a = int(r[attribute]);
    if (a === null || a === 0) return null;
    if (owners.get(a) !== entityId) {
      bad(attribute, 'DANGLING_REFERENCE', `address entity_id=${a} is not an address of this customer`);
      return null;
    }
    return a;
  };

  for (const r of page.rows) {
    const entityId = Number(r.entity_id);
    const websiteId = int(r.website_id);
    const site = counters(websiteLabel(ctx.websites, websiteId));
    inc(stats, site[0]);
    if (!verdictOf.get(entityId)) {
      inc(stats, site[1]);
      continue;
    }
    key = `entity_id=${entityId}`;
    const id = entityUuid('customer', entityId);
    loadedIds.set(entityId, id);

    let website: WebsiteRef | undefined;
    if (websiteId !== null) {
      website = ctx.websites.get(websiteId);
      if (!website) bad('website_id', 'DANGLING_REFERENCE', `website_id=${websiteId} does not exist`);
    } else inc(stats, 'customers.no_website');
    const storeId = int(r.store_id);
    const store = storeId === null ? undefined : ctx.stores.get(storeId);
    if (storeId !== null && !store) bad('store_id', 'DANGLING_REFERENCE', `store_id=${storeId} does not exist`);
    const groupId = int(r.group_id);
    const group = groupId !== null && ctx.groups.has(groupId);
    if (groupId !== null && !group) bad('group_id', 'DANGLING_REFERENCE', `customer_group_id=${groupId} does not exist`);

    const billing = defaultAddress(r, entityId, 'default_billing');
    const shipping = defaultAddress(r, entityId, 'default_shipping');
    const billingId = billing === null ? null : entityUuid('customer_address', billing);
    const shippingId = shipping === null ? null : shipping === billing ? billingId : entityUuid('customer_address', shipping);
    let groupUuid: string | null = null;
    if (group) {
      groupUuid = groupUuids.get(groupId!) ?? null;
      if (groupUuid === null) groupUuids.set(groupId!, (groupUuid = entityUuid('customer_group', groupId!)));
    }

    const gender = int(r.gender);
    const email = (r.email as string).trim();
    const attributes = customAttributes(ctx.attributes, pivot?.entities.get(entityId)?.defaults, r, staticCodes, onBadAttribute);
    customers.push([
      id, entityId, website ? website.id : null, website ? websiteId : null, store ? store.id : null, store ? storeId : null,
      email, emailKey(email), emailScope(ctx.shareScope, websiteId),
      groupUuid, group ? groupId : null,
      keep('increment_id', text(r.increment_id)), keep('prefix', text(r.prefix)), keep('firstname', text(r.firstname)),
      keep('middlename', text(r.middlename)), keep('lastname', text(r.lastname)), keep('suffix', text(r.suffix)),
      keep('dob', date(r.dob)), gender, gender === null ? null : (ctx.genderLabels.get(gender) ?? null), keep('taxvat', text(r.taxvat)),
      flag(r.is_active), flag(r.disable_auto_group_change), keep('created_in', text(r.created_in)),
      keep('created_at', timestamp(r.created_at)), keep('updated_at', timestamp(r.updated_at)),
      r.confirmation === null || r.confirmation === '',
      billingId, billing, shippingId, shipping, attributes,
    ]);

    // Credentials: the hash as Magento stored it, its format named; rp_token stays behind.
    const stored = storedHash(r, dmtHashes.get(entityId));
    const parsed = parsePasswordHash(stored);
    let hash: string | null = null;
    let algorithm: string | null = null;
    if (parsed === null) inc(stats, 'password.none');
    else if (!parsed.ok) {
      bad('password_hash', 'UNKNOWN_PASSWORD_FORMAT', parsed.problem);
      inc(stats, 'password.unknown_format');
    } else {
      hash = stored;
      algorithm = algorithmOf(parsed.parsed);
      inc(stats, `password.format=${algorithm}`);
      if (parsed.parsed.format === 'hmac-sha256' && !ctx.hasCryptKey) inc(stats, 'password.hmac_without_crypt_key');
      if (dmtHashes.has(entityId) && stored !== r.password_hash) inc(stats, 'password.from_migration_tool_attribute');
    }
    if (r.rp_token) inc(stats, 'customers.rp_token_not_carried');
    const failures = int(r.failures_num) ?? 0;
    credentials.push([
      id, hash, algorithm, algorithm, null, text(r.confirmation) instanceof Bad ? null : r.confirmation || null, failures,
      keep('first_failure', timestamp(r.first_failure as string | null)), keep('lock_expires', timestamp(r.lock_expires as string | null)), null,
    ]);
    ids.push(['customer', entityId, id]);
    inc(stats, site[2]);
  }

  for (const s of page.children.subscriptions) {
    const customerId = Number(s.customer_id);
    const owner = loadedIds.get(customerId);
    if (!owner) {
      if (verdictOf.has(customerId)) inc(stats, 'newsletter.of_rejected_customers');
      else {
        inc(stats, 'newsletter.orphan_rows');
        rejects.push({ sourceKey: `subscriber_id=${s.subscriber_id}`, reason: 'DANGLING_REFERENCE', detail: `customer entity_id=${customerId} does not exist` });
      }
      continue;
    }
    const storeId = int(s.store_id);
    const store = storeId === null ? undefined : ctx.stores.get(storeId);
    if (storeId !== null && !store) rejects.push({ sourceKey: `subscriber_id=${s.subscriber_id},attribute=store_id`, reason: 'DANGLING_REFERENCE', detail: `store_id=${storeId} does not exist` });
    const status = Number(s.subscriber_status);
    const changed = timestamp(s.change_status_at);
    if (changed instanceof Bad) rejects.push({ sourceKey: `subscriber_id=${s.subscriber_id},attribute=change_status_at`, reason: changed.reason });
    subscriptions.push([
      entityUuid('newsletter_subscriber', Number(s.subscriber_id)), Number(s.subscriber_id), owner, customerId, store ? store.id : null, store ? storeId : null,
      status, STATUS[status] ?? 'unknown', changed instanceof Bad ? null : changed,
    ]);
    inc(stats, `newsletter.${STATUS[status] ?? 'unknown'}`);
  }

  const documents = customerDocumentRows(customers, credentials, subscriptions, ctx.documentRefs);
  // Documents the transform left to Postgres (a value whose stored form it is not sure of): built in the batch.
  if (documents.length < customers.length) inc(stats, 'documents.customers_built_by_postgres', customers.length - documents.length);
  return {
    loadedRows: customers.length,
    tables: {
      customer: { columns: c.customer.columns, rows: customers },
      customer_credentials: { columns: c.customer_credentials.columns, rows: credentials },
      newsletter_subscription: { columns: c.newsletter_subscription.columns, rows: subscriptions },
      // The read model's head and tail of each customer, from the rows above (documents.ts).
      customer_document: { columns: c.customer_document.columns, rows: documents },
    },
    rejects,
    ids,
    stats,
  };
}
