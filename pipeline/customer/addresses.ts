/**
 * Addresses: keyset pages of customer_address_entity (each with its customer's e-mail and website) and their
 * EAV values by key range, mapped by transforms/customer/addresses.ts. After the customers: an address
 * references its customer.
 */
import type { SourceContext } from '../../extractors/source.ts';
import { customerContract as c, customerDocuments } from '../../services/customer/index.ts';
import { addressCount, addressPage, type SourceAddress } from '../../sql/source/customer/index.ts';
import { mapAddressPage, MODELLED_ADDRESS_CODES, type AddressPageContext } from '../../transforms/customer/addresses.ts';
import { declaredEntity } from '../declared-entity.ts';
import { idsOf, missing } from './customers.ts';
import { ATTRIBUTE_READS, attributeLookupsOf, duplicatesOf, NO_STORE_VIEWS, REGION_READS, regionsOf, STORE_READS, storeTreeOf, VERDICT_READS } from './lookups.ts';

const MAX_ADDRESSES_PER_BATCH = 20_000;

async function addressContext(src: SourceContext): Promise<AddressPageContext> {
  return {
    attributes: await attributeLookupsOf(src, 'customer_address', MODELLED_ADDRESS_CODES),
    scopes: NO_STORE_VIEWS,
    websites: (await storeTreeOf(src)).websites,
    duplicates: await duplicatesOf(src),
    regions: await regionsOf(src),
  };
}

export const addresses = declaredEntity<SourceAddress, AddressPageContext, object>('customer', {
  entity: 'addresses',
  page: addressPage,
  key: { columns: ['a.entity_id'], of: (r) => Number(r.entity_id) },
  count: addressCount,
  eav: 'customer_address',
  maxBatch: MAX_ADDRESSES_PER_BATCH,
  connections: 2,
  lookups: [...STORE_READS, ...ATTRIBUTE_READS, ...VERDICT_READS, ...REGION_READS],
  prepare: addressContext,
  map: (page, ctx) => mapAddressPage(page, ctx),
  writes: [c.customer_address, c.customer_address_document],
  primaryTable: 'customer_address',
  // Each address's entry in its customer's document comes with its row (customer_address_document, built by the
  // transform): the customers' own parts do not change. Postgres builds the entries the transform left out.
  project: (_page, mapped) => {
    const left = missing(idsOf(mapped, 'customer_address', 'id'), idsOf(mapped, 'customer_address_document', 'address_id'));
    return left.length ? [customerDocuments.refreshAddresses(left)] : [];
  },
  // Rows Postgres refused are not in the entries the transform built: the page's entries from the stored rows.
  projectRefused: (_page, mapped) => [customerDocuments.refreshAddresses(idsOf(mapped, 'customer_address', 'id'))],
});
