/**
 * The loyalty service's public surface: the service module (name, migrations, contract, routes) and its
 * import contract. It knows nothing of the migration that fills it (pipeline/loyalty).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceModule } from '../kit/index.ts';
import { loyaltyContract } from './contract.ts';
import { registerLoyaltyRoutes } from './routes.ts';

export { loyaltyContract } from './contract.ts';
export { registerLoyaltyRoutes } from './routes.ts';

export const loyaltyService: ServiceModule = {
  name: 'loyalty',
  migrationsDir: join(dirname(fileURLToPath(import.meta.url)), 'migrations'),
  contract: loyaltyContract,
  register: registerLoyaltyRoutes,
};
export { loyaltyTotals } from './repository.ts';
