/**
 * The customer read model's rows from the rows a page writes, pure: customer_document (each customer's head and
 * tail) beside customer, customer_address_document (each address's entry) beside customer_address. The text is
 * the service's own (services/customer customer-document-parts.ts); a customer or address it does not build
 * (a value whose stored form is not certain) gets no row here, and Postgres builds it in the batch
 * (pipeline/customer).
 */
import { addressDocumentParts, customerContract as c, customerDocumentParts, type CustomerDocumentRefs } from '../../services/customer/index.ts';
import type { StoreRef, WebsiteRef } from './store-refs.ts';

/** A customer group as the service stores it (transforms/customer/groups-config.ts mapGroups). */
export interface GroupRef {
  code: string;
  taxClassId: number | null;
  taxClassName: string | null;
}

const idx = (columns: readonly string[]) => Object.fromEntries(columns.map((name, i) => [name, i])) as Record<string, number>;
const C = idx(c.customer.columns);
const N = idx(c.newsletter_subscription.columns);
const A = idx(c.customer_address.columns);

/** The codes the documents show, from the run's lookups (the same rows the service's store tree and groups hold). */
export function documentRefs(
  websites: ReadonlyMap<number, WebsiteRef>,
  stores: ReadonlyMap<number, StoreRef>,
  groups: ReadonlyMap<number, GroupRef>,
): CustomerDocumentRefs {
  const storeRefs = new Map<number, { code: string; websiteCode: string | null }>();
  for (const [id, s] of stores) storeRefs.set(id, { code: s.code, websiteCode: websites.get(s.websiteId)?.code ?? null });
  const groupRefs = new Map<number, { code: string; taxClassMagentoId: number | null; taxClassName: string | null }>();
  for (const [id, g] of groups) groupRefs.set(id, { code: g.code, taxClassMagentoId: g.taxClassId, taxClassName: g.taxClassName });
  return {
    websiteCode: (id) => websites.get(id)?.code,
    store: (id) => storeRefs.get(id),
    group: (id) => groupRefs.get(id),
  };
}

/** customer_document rows of these customers (`credentials[i]` is `customers[i]`'s, as mapCustomerPage pushes them). */
export function customerDocumentRows(
  customers: readonly (readonly unknown[])[],
  credentials: readonly (readonly unknown[])[],
  subscriptions: readonly (readonly unknown[])[],
  refs: CustomerDocumentRefs,
): unknown[][] {
  const byOwner = new Map<unknown, (readonly unknown[])[]>();
  for (const s of subscriptions) {
    const owner = s[N.customer_id];
    const list = byOwner.get(owner);
    if (list) list.push(s);
    else byOwner.set(owner, [s]);
  }
  const out: unknown[][] = [];
  for (let i = 0; i < customers.length; i++) {
    const row = customers[i];
    const parts = customerDocumentParts(row, credentials[i] ?? null, byOwner.get(row[C.id]) ?? [], refs);
    if (!parts) continue;
    out.push([
      row[C.id], row[C.magento_id], row[C.email_key], row[C.website_magento_id], row[C.default_billing_address_id], row[C.default_shipping_address_id],
      parts.head, parts.tail,
    ]);
  }
  return out;
}

/** customer_address_document rows of these addresses. */
export function addressDocumentRows(addresses: readonly (readonly unknown[])[]): unknown[][] {
  const out: unknown[][] = [];
  for (const a of addresses) {
    const parts = addressDocumentParts(a);
    if (parts) out.push([a[A.id], a[A.customer_id], a[A.magento_id], parts.head, parts.tail]);
  }
  return out;
}
