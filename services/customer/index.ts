/**
 * The customer service's public surface, the only module imported from outside services/customer:
 *
 *   customerService                   -> the service module: name, schema migrations, import contract, routes
 *   customerContract                  -> the tables and columns an import writes (contract.ts)
 *   customerPasswords                 -> the password formats it accepts (the migration recognises them with it)
 *   registerCustomerRoutes(app, db, options) -> mount the routes on any Fastify instance
 *   customerDocuments                 -> the read model's refresh statements, run by the import in its batches
 *   customerDocumentParts, addressDocumentParts -> the read model's parts from the rows an import writes
 *   customerById, customersByEmail    -> customers assembled from their rows (the read model's reference)
 *
 * It knows nothing of the migration that fills it (pipeline/customer). Magento's crypt/key, which a few
 * hashes need, comes from the environment (MAGEMIG_MAGENTO_CRYPT_KEY), never from a command line.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { passwords, type ServiceModule } from '../kit/index.ts';
import { customerContract } from './contract.ts';
import { registerCustomerRoutes, routeOptionsFromEnv } from './routes.ts';

export { customerContract } from './contract.ts';
export { addressDocumentParts, customerDocumentParts, type CustomerDocumentRefs } from './customer-document-parts.ts';
export { customerDocuments } from './read-model.ts';
export { customerById, customersByEmail } from './repository.ts';
export { registerCustomerRoutes, routeOptionsFromEnv, type CustomerRouteOptions } from './routes.ts';
/** Magento's password rules (services/kit/passwords, shared with the user service). */
export const customerPasswords = passwords;

export const customerService: ServiceModule = {
  name: 'customer',
  migrationsDir: join(dirname(fileURLToPath(import.meta.url)), 'migrations'),
  contract: customerContract,
  register: (app, db, { auth }) => registerCustomerRoutes(app, db, { ...routeOptionsFromEnv(process.env), auth }),
};
