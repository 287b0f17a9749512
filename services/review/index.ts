/**
 * The review service's public surface: the service module (name, migrations, contract, routes) and its
 * import contract. It knows nothing of Magento: the migration that fills it lives in pipeline/review.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceModule } from '../kit/index.ts';
import { reviewContract } from './contract.ts';
import { registerReviewRoutes } from './routes.ts';

export { reviewContract } from './contract.ts';
export { registerReviewRoutes } from './routes.ts';

export const reviewService: ServiceModule = {
  name: 'review',
  migrationsDir: join(dirname(fileURLToPath(import.meta.url)), 'migrations'),
  contract: reviewContract,
  register: registerReviewRoutes,
};
