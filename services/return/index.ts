/**
 * The return service's public surface: the service module (name, migrations, contract, routes) and its
 * import contract. It knows nothing of the migration that fills it (pipeline/return).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceModule } from '../kit/index.ts';
import { returnContract } from './contract.ts';
import { registerReturnRoutes } from './routes.ts';

export { returnContract } from './contract.ts';
export { registerReturnRoutes } from './routes.ts';

export const returnService: ServiceModule = {
  name: 'return',
  migrationsDir: join(dirname(fileURLToPath(import.meta.url)), 'migrations'),
  contract: returnContract,
  register: registerReturnRoutes,
};
export { returnTotals } from './repository.ts';
