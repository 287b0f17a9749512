/**
 * The customer service's own copy of the store tree (websites and store views, admin ones included) and
 * its settings from core_config_data. Each is one page: a handful of rows even on a large store.
 */
import { customerContract as c, customerDocuments } from '../../services/customer/index.ts';
import { configCount, configRows, storeCount, stores, websiteCount, websites, type SourceConfig, type SourceStore, type SourceWebsite } from '../../sql/source/customer/index.ts';
import { CUSTOMER_CONFIG_PATHS, mapConfig } from '../../transforms/customer/groups-config.ts';
import { mapStores, mapWebsites } from '../../transforms/customer/store-refs.ts';
import { declaredEntity } from '../declared-entity.ts';
import { STORE_READS, storeTreeOf } from './lookups.ts';

const WHOLE = 100_000;

export const customerWebsites = declaredEntity<SourceWebsite, undefined, object>('customer', {
  entity: 'websites',
  page: websites,
  key: { columns: ['w.website_id'], of: (r) => Number(r.website_id) },
  count: websiteCount,
  pageSize: WHOLE,
  map: (page) => mapWebsites(page.rows),
  writes: [c.website],
  primaryTable: 'website',
  // Codes of websites and stores are in the customers' documents: rebuild those built (none in a first run).
  project: () => [customerDocuments.refreshBuilt()],
});

export const customerStores = declaredEntity<SourceStore, Awaited<ReturnType<typeof storeTreeOf>>, object>('customer', {
  entity: 'stores',
  page: stores,
  key: { columns: ['s.store_id'], of: (r) => Number(r.store_id) },
  count: storeCount,
  pageSize: WHOLE,
  lookups: STORE_READS,
  prepare: storeTreeOf,
  map: (page, ctx) => mapStores(page.rows, ctx.websites),
  writes: [c.store],
  primaryTable: 'store',
  // Codes of websites and stores are in the customers' documents: rebuild those built (none in a first run).
  project: () => [customerDocuments.refreshBuilt()],
});

export const customerConfig = declaredEntity<SourceConfig, undefined, object>('customer', {
  entity: 'config',
  page: configRows,
  key: { columns: ['c.config_id'], of: (r) => Number(r.config_id) },
  count: configCount,
  pageSize: WHOLE,
  params: () => ({ paths: CUSTOMER_CONFIG_PATHS }),
  map: (page) => mapConfig(page.rows),
  writes: [c.config],
  primaryTable: 'config',
});
