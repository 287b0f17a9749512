/**
 * The checkout service's public surface (recent active carts, for abandoned-cart recovery): the service
 * module and its import contract. Filled only when `migrate --carts-since DATE` asks for it (pipeline/checkout).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceModule } from '../kit/index.ts';
import { checkoutContract } from './contract.ts';
import { registerCheckoutRoutes } from './routes.ts';

export { checkoutContract } from './contract.ts';
export { registerCheckoutRoutes } from './routes.ts';

export const checkoutService: ServiceModule = {
  name: 'checkout',
  migrationsDir: join(dirname(fileURLToPath(import.meta.url)), 'migrations'),
  contract: checkoutContract,
  register: (app, db, { auth }) => registerCheckoutRoutes(app, db, { auth }),
};
