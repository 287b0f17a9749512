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
  // Tier prices before the products: their batches find no product to build facts for in a first run, and
  // each product's facts are then built once, with its tier prices there (in the other order the products
  // with tier prices were built twice).
  entities: [pricingWebsites, pricingCustomerGroups, pricingTierPrices, pricingProducts, pricingCatalogRules],
  reconcile: reconcilePricing,
  verify: pricingVerify,
};
