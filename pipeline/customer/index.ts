/**
 * The customer context's migration: the service it fills (services/customer) and its entities in load order
 * (the store tree and settings, groups, customers, then their addresses).
 */
import { customerService } from '../../services/customer/index.ts';
import { customerVerify } from '../../verify/customer/index.ts';
import type { ContextMigration } from '../types.ts';
import { addresses } from './addresses.ts';
import { customers } from './customers.ts';
import { customerGroups } from './groups.ts';
import { customerConfig, customerStores, customerWebsites } from './stores.ts';

export const customerMigration: ContextMigration = {
  name: 'customer',
  service: customerService,
  entities: [customerWebsites, customerStores, customerConfig, customerGroups, customers, addresses],
  verify: customerVerify,
};
