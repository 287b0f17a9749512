/**
 * The order context's migration: the service it fills (services/order), its entities in load order, and
 * its reconciliation (reconciliation.ts: source and target counts and sums per store view and currency).
 */
import { orderService } from '../../services/order/index.ts';
import type { ContextMigration } from '../types.ts';
import { creditmemos, invoices, shipments } from './documents.ts';
import { downloadableLinks, transactions } from './extras.ts';
import { orders } from './orders.ts';
import { reconcileOrders } from './reconciliation.ts';
import { orderVerify } from '../../verify/order/index.ts';
import { numbering, stores, statuses } from './reference.ts';

export const orderMigration: ContextMigration = {
  name: 'order',
  service: orderService,
  entities: [stores, statuses, orders, invoices, shipments, creditmemos, transactions, downloadableLinks, numbering],
  reconcile: reconcileOrders,
  verify: orderVerify,
};
