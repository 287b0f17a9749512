/**
 * The pricing service's public surface, the only module imported from outside services/pricing:
 *
 *   pricingService      -> the service module: name, schema migrations, import contract, routes
 *   pricingContract     -> the tables and columns an import writes (contract.ts)
 *   priceFacts          -> the read model's refresh statements, run by the import in its batch transactions
 *   readQuote, quote    -> a quote's facts in one query, and the pure quote; assembleQuoteFacts & co: the
 *                          row-by-row reading they replace (the reference the suite compares with)
 *   rule condition and price engine types: the shape the migration writes catalog rules in
 *
 * It knows nothing of Magento's database: the migration that fills it lives in pipeline/pricing.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceModule } from '../kit/index.ts';
import { pricingContract } from './contract.ts';
import { registerPricingRoutes } from './routes.ts';

export { pricingContract } from './contract.ts';
export { registerPricingRoutes } from './routes.ts';
export { priceFacts, readQuote } from './read-model.ts';
// The pure quote, and the row-by-row reading the read model replaced (the suite compares the two).
export { quote } from './price-quote.ts';
export { activeRules, assembleQuoteFacts, findWebsite, productBySku } from './repository.ts';
export { CONDITION_OPERATORS, conditionAttributes, evaluateCondition, parseConditionValue } from './rule-conditions.ts';
export type { CombineCondition, ConditionFacts, ConditionInput, ConditionOperator, ProductCondition, RuleCondition } from './rule-conditions.ts';
export type { PriceQuote } from './price-quote.ts';

export const pricingService: ServiceModule = {
  name: 'pricing',
  migrationsDir: join(dirname(fileURLToPath(import.meta.url)), 'migrations'),
  contract: pricingContract,
  register: registerPricingRoutes,
};
