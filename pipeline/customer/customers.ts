/**
 * Customers: keyset pages of customer_entity with their EAV values (customer_entity_{int,varchar,datetime,
 * decimal,text} by key range), the ids of their addresses and their newsletter subscriptions (by customer_id
 * range), mapped by transforms/customer/customers.ts onto customer, customer_credentials and
 * newsletter_subscription.
 */
import type { Mapped } from '../../core/batch.ts';
import type { SourceContext } from '../../extractors/source.ts';
import { entityUuid } from '../../core/ids.ts';
import { customerContract as c, customerDocuments } from '../../services/customer/index.ts';
import { customerAddressOwners, customerCount, customerNewsletter, customerPage, type CustomerChildren, type SourceCustomer } from '../../sql/source/customer/index.ts';
import { mapCustomerPage, MODELLED_CUSTOMER_CODES, type CustomerPageContext } from '../../transforms/customer/customers.ts';
import { documentRefs } from '../../transforms/customer/documents.ts';
import { declaredEntity } from '../declared-entity.ts';
import {
  ATTRIBUTE_READS, attributeLookupsOf, duplicatesOf, GROUP_READS, groupsOf, NO_STORE_VIEWS, shareScopeOfSource, STORE_READS, storeTreeOf, VERDICT_READS,
} from './lookups.ts';

/** Customers per batch at most (a customer is one row in each of two tables, plus its subscriptions). */
const MAX_CUSTOMERS_PER_BATCH = 20_000;

async function customerContext(src: SourceContext): Promise<CustomerPageContext> {
  const attributes = await attributeLookupsOf(src, 'customer', MODELLED_CUSTOMER_CODES);
  const tree = await storeTreeOf(src);
  const gender = attributes.catalog.byCode.get('gender');
  const groups = await groupsOf(src);
  return {
    attributes,
    scopes: NO_STORE_VIEWS,
    websites: tree.websites,
    stores: tree.stores,
    groups,
    documentRefs: documentRefs(tree.websites, tree.stores, groups),
    duplicates: await duplicatesOf(src),
    shareScope: await shareScopeOfSource(src),
    genderLabels: (gender && attributes.options.get(gender.attributeId)) || new Map(),
    passwordAttributeId: attributes.catalog.byCode.get('password_hash')?.attributeId ?? null,
    // Only whether it was given: the key itself is never read here, nor stored.
    hasCryptKey: Boolean(process.env.MAGEMIG_MAGENTO_CRYPT_KEY?.trim()),
  };
}

export const customers = declaredEntity<SourceCustomer, CustomerPageContext, CustomerChildren>('customer', {
  entity: 'customers',
  page: customerPage,
  key: { columns: ['c.entity_id'], of: (r) => Number(r.entity_id) },
  count: customerCount,
  eav: 'customer',
  maxBatch: MAX_CUSTOMERS_PER_BATCH,
  // One for pages and the tables hanging off them, one for the value tables.
  connections: 2,
  children: {
    subscriptions: { query: customerNewsletter, by: 'range', when: (schema) => schema.hasTable('newsletter_subscriber') },
    addressOwners: { query: customerAddressOwners, by: 'range' },
  },
  lookups: [...STORE_READS, ...ATTRIBUTE_READS, ...GROUP_READS, ...VERDICT_READS],
  prepare: customerContext,
  map: (page, ctx) => mapCustomerPage(page, ctx),
  writes: [c.customer, c.customer_credentials, c.newsletter_subscription, c.customer_document],
  primaryTable: 'customer',
  // The page's customers get their documents in the batch's transaction (services/customer/migrations/004): the
  // transform's heads and tails come with the rows (customer_document); Postgres builds those it left out.
  project: (_page, mapped) => {
    const left = missing(idsOf(mapped, 'customer', 'id'), idsOf(mapped, 'customer_document', 'customer_id'));
    return left.length ? [customerDocuments.refresh(left)] : [];
  },
  // Rows Postgres refused are not in the parts the transform built: every document of the page from the stored rows.
  projectRefused: (page) => [customerDocuments.refresh(page.rows.map((r) => entityUuid('customer', r.entity_id)))],
});

/** The UUIDs in one column of a mapped table. */
export function idsOf(mapped: Mapped, table: string, column: string): string[] {
  const t = mapped.tables[table];
  if (!t) return [];
  const at = t.columns.indexOf(column);
  return t.rows.map((r) => String(r[at]));
}

/** The ids of `all` not in `built`. */
export function missing(all: readonly string[], built: readonly string[]): string[] {
  if (all.length === built.length) return [];
  const have = new Set(built);
  return all.filter((id) => !have.has(id));
}
