/**
 * The promotion service's public surface: the service module (name, migrations, contract, routes) and its
 * import contract. It knows nothing of Magento: the migration that fills it lives in pipeline/promotion.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceModule } from '../kit/index.ts';
import { promotionContract } from './contract.ts';
import { registerPromotionRoutes } from './routes.ts';

export { promotionContract } from './contract.ts';
export { registerPromotionRoutes } from './routes.ts';

export const promotionService: ServiceModule = {
  name: 'promotion',
  migrationsDir: join(dirname(fileURLToPath(import.meta.url)), 'migrations'),
  contract: promotionContract,
  register: registerPromotionRoutes,
};
/** The rule engine itself (Magento's semantics), for callers that hold a cart's facts. */
export { applyRules, type EvalRule, type EvalResult } from './evaluate/discounts.ts';
export type { CartFacts, CartLine, RuleNode } from './evaluate/conditions.ts';
