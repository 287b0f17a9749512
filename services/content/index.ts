/**
 * The content service's public surface, the only module imported from outside services/content:
 *
 *   contentService                   -> the service module: name, schema migrations, import contract, routes
 *   contentContract                  -> the tables and columns an import writes (contract.ts)
 *   writeRedirectExport(db, format)  -> the redirect map for a gateway (nginx map, CSV, JSON)
 *
 * It knows nothing of Magento: the migration that fills it lives in pipeline/content.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceModule } from '../kit/index.ts';
import { contentContract } from './contract.ts';
import { registerContentRoutes } from './routes.ts';

export { contentContract } from './contract.ts';
export { registerContentRoutes } from './routes.ts';
export { writeRedirectExport, nginxQuote, type ExportFormat } from './redirect-export.ts';

export const contentService: ServiceModule = {
  name: 'content',
  migrationsDir: join(dirname(fileURLToPath(import.meta.url)), 'migrations'),
  contract: contentContract,
  register: registerContentRoutes,
};
