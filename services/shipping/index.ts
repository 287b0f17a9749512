/**
 * The shipping service's public surface: the service module (name, migrations, contract, routes) and its
 * import contract. It knows nothing of the migration that fills it (pipeline/shipping).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceModule } from '../kit/index.ts';
import { shippingContract } from './contract.ts';
import { registerShippingRoutes } from './routes.ts';

export { shippingContract } from './contract.ts';
export { shippingTotals } from './repository.ts';

export const shippingService: ServiceModule = {
  name: 'shipping',
  migrationsDir: join(dirname(fileURLToPath(import.meta.url)), 'migrations'),
  contract: shippingContract,
  register: registerShippingRoutes,
};
