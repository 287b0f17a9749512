/**
 * The pricing context's migration: the service it fills (services/pricing) and its entities in load order.
 */
import { pricingService } from '../../services/pricing/index.ts';
import { pricingVerify } from '../../verify/pricing/index.ts';
import type { ContextMigration } from '../types.ts';
import { reconcilePricing } from './reconcile.ts';
import { pricingCatalogRules, pricingCustomerGroups, pricingProducts, pricingTierPrices, pricingWebsites } from './entities.ts';

export const pricingMigration: ContextMigration = {
  name: 'pricing',
  service: pricingService,
  entities: [pricingWebsites, pricingCustomerGroups, pricingProducts, pricingTierPrices, pricingCatalogRules],
  reconcile: reconcilePricing,
  verify: pricingVerify,
};
