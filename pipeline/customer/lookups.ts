/**
 * The customer context's lookups, read once per run and shared by its entities (src.memo): the store tree,
 * the groups, attribute catalogs with their option labels, the account sharing scope and the e-mail
 * verdicts. Reads go through extractors/customer, meaning through transforms/customer.
 */
import {
  readAttributeOptions, readEmailCandidates, readGroups, readRegions, readShareScope, readStores, readWebsites,
} from '../../extractors/customer/lookups.ts';
import type { SourceContext } from '../../extractors/source.ts';
import {
  accountShareScope, attributeOptions, customerEmailDuplicates, groups, regions, stores, websites, type SourceRegion,
} from '../../sql/source/customer/index.ts';
import type { AttributeLookups, OptionLabels } from '../../transforms/customer/attributes.ts';
import type { GroupRef } from '../../transforms/customer/documents.ts';
import { shareScopeOf } from '../../transforms/customer/emails.ts';
import { groupRefs } from '../../transforms/customer/groups-config.ts';
import { storeRefs, websiteRefs, type StoreRef, type WebsiteRef } from '../../transforms/customer/store-refs.ts';
import { buildDuplicates, type Duplicates } from '../../transforms/customer/verdicts.ts';
import { buildStoreScopes } from '../../transforms/eav/store-scopes.ts';
import type { StoreScopes } from '../../transforms/eav/types.ts';
import { attributeCatalogOf, EAV_ATTRIBUTE_READS } from '../eav-lookups.ts';

export const STORE_READS = [websites, stores];
export const VERDICT_READS = [accountShareScope, customerEmailDuplicates];
export const ATTRIBUTE_READS = [...EAV_ATTRIBUTE_READS, attributeOptions];
export const GROUP_READS = [groups];
export const REGION_READS = [regions];

export function storeTreeOf(src: SourceContext): Promise<{ websites: Map<number, WebsiteRef>; stores: Map<number, StoreRef> }> {
  return src.memo('customer.storeTree', async () => ({ websites: websiteRefs(await readWebsites(src.conn)), stores: storeRefs(await readStores(src.conn)) }));
}

export function shareScopeOfSource(src: SourceContext): Promise<0 | 1> {
  return src.memo('customer.shareScope', async () => shareScopeOf(await readShareScope(src.conn, src.schema)));
}

/** Customers that do not keep their e-mail (a lower entity_id has it in the same scope). */
export function duplicatesOf(src: SourceContext): Promise<Duplicates> {
  return src.memo('customer.duplicates', async () => {
    const scope = await shareScopeOfSource(src);
    return buildDuplicates(await readEmailCandidates(src.conn, scope), scope);
  });
}

/** The groups by Magento id, as the service stores them (mapGroups): their codes and tax classes are in the documents. */
export function groupsOf(src: SourceContext): Promise<Map<number, GroupRef>> {
  return src.memo('customer.groups', async () => groupRefs(await readGroups(src.conn)));
}

function optionLabelsOf(src: SourceContext): Promise<OptionLabels> {
  return src.memo('customer.optionLabels', async () => {
    const out: OptionLabels = new Map();
    for (const o of await readAttributeOptions(src.conn)) {
      let m = out.get(Number(o.attribute_id));
      if (!m) out.set(Number(o.attribute_id), (m = new Map()));
      m.set(Number(o.option_id), o.label);
    }
    return out;
  });
}

export async function attributeLookupsOf(src: SourceContext, code: 'customer' | 'customer_address', modelled: ReadonlySet<string>): Promise<AttributeLookups> {
  return { catalog: await attributeCatalogOf(src, code), options: await optionLabelsOf(src), modelled };
}

export function regionsOf(src: SourceContext): Promise<Map<number, SourceRegion>> {
  return src.memo('customer.regions', async () => new Map((await readRegions(src.conn, src.schema)).map((r) => [Number(r.region_id), r])));
}

/** Customer and address values have no store_id: the pivot sees store 0 only. */
export const NO_STORE_VIEWS: StoreScopes = buildStoreScopes([]);
