/**
 * The warehouse service's public surface, the only module imported from outside services/warehouse:
 *
 *   warehouseService    -> the service module: name, schema migrations, import contract, routes
 *   warehouseContract   -> the tables and columns an import writes (contract.ts)
 *   stockFacts          -> the read model's refresh statements, run by the import in its batch transactions
 *   productBySku, stockAnswer, stockBody -> the row-by-row reading it replaces (the suite's reference)
 *
 * It knows nothing of Magento's database: the migration that fills it lives in pipeline/warehouse.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceModule } from '../kit/index.ts';
import { warehouseContract } from './contract.ts';
import { registerWarehouseRoutes } from './routes.ts';

export { warehouseContract } from './contract.ts';
export { registerWarehouseRoutes } from './routes.ts';
export { stockFacts } from './read-model.ts';
// The row-by-row reading the read model replaced, and the answer's JSON (the suite compares the two).
export { productBySku, stockAnswer, stockBody } from './repository.ts';

export const warehouseService: ServiceModule = {
  name: 'warehouse',
  migrationsDir: join(dirname(fileURLToPath(import.meta.url)), 'migrations'),
  contract: warehouseContract,
  register: registerWarehouseRoutes,
};
