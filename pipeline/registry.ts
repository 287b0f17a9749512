/**
 * The one registry of bounded contexts, in load order: each pairs the destination service (services/<context>)
 * with the migration that fills it (pipeline/<context>). `migrate`, `serve`, `bench` and `inspect` all read it.
 */
import { MagemigError } from '../core/errors.ts';
import type { ServiceModule } from '../services/kit/index.ts';
import { catalogMigration } from './catalog/index.ts';
import { checkoutMigration } from './checkout/index.ts';
import { contentMigration } from './content/index.ts';
import { customerMigration } from './customer/index.ts';
import { locationMigration } from './location/index.ts';
import { loyaltyMigration } from './loyalty/index.ts';
import { notificationMigration } from './notification/index.ts';
import { orderMigration } from './order/index.ts';
import { paymentMigration } from './payment/index.ts';
import { pricingMigration } from './pricing/index.ts';
import { promotionMigration } from './promotion/index.ts';
import { returnMigration } from './return/index.ts';
import { reviewMigration } from './review/index.ts';
import { shippingMigration } from './shipping/index.ts';
import { userMigration } from './user/index.ts';
import { warehouseMigration } from './warehouse/index.ts';
import type { ContextMigration } from './types.ts';

export const CONTEXTS: readonly ContextMigration[] = [
  catalogMigration, pricingMigration, warehouseMigration, customerMigration, orderMigration, contentMigration, reviewMigration, promotionMigration,
  userMigration, locationMigration, notificationMigration, shippingMigration, paymentMigration, loyaltyMigration, returnMigration,
];

/** The services `serve` mounts: every context's destination. */
export const SERVICES: readonly ServiceModule[] = CONTEXTS.map((c) => c.service);

/**
 * What `migrate` runs: every context, plus the checkout context (recent active carts) only when
 * --carts-since asks for it; what `serve` can mount: those and the checkout service.
 */
export function migrationContexts(cartsSince?: string): readonly ContextMigration[] {
  return cartsSince === undefined ? CONTEXTS : [...CONTEXTS, checkoutMigration(cartsSince)];
}
export const SERVABLE_CONTEXTS: readonly ContextMigration[] = [...CONTEXTS, checkoutMigration(null)];

/** The contexts named by --only (all when absent), in registry order; an unknown name is a usage error. */
export function selectContexts(only: readonly string[] | undefined, from: readonly ContextMigration[] = CONTEXTS): ContextMigration[] {
  if (!only || only.length === 0) return [...from];
  const known = new Set(from.map((s) => s.name));
  const unknown = only.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    const list = from.length ? from.map((s) => s.name).join(', ') : 'none yet';
    throw new MagemigError('USAGE', `unknown service ${unknown.join(', ')} in --only (known: ${list})`);
  }
  const wanted = new Set(only);
  return from.filter((s) => wanted.has(s.name));
}

/** The Magento tables a context's migration reads (its entities' declarations), each once, in order. */
export function tablesRead(context: ContextMigration): string[] {
  const seen = new Set<string>();
  for (const e of context.entities) for (const t of e.reads) seen.add(t);
  return [...seen];
}
