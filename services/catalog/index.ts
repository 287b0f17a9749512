/**
 * The catalog service's public surface, the only module imported from outside services/catalog:
 *
 *   catalogService                  -> the service module: name, schema migrations, import contract, routes
 *   catalogContract                 -> the tables and columns an import writes (contract.ts)
 *   registerCatalogRoutes(app, db)  -> mount the routes on any Fastify instance with a pg Pool / Client
 *   productDocuments, categoryTrees -> the statements an import runs in its batches to keep the read models exact
 *   plainDocumentText, jsonbText    -> a plain product's document text, as Postgres writes it (the import builds those)
 *   productView, findStoreByCode    -> the live assembly of a product as a store view shows it (what the read
 *                                      model stores; the route's fallback while a document is not built yet)
 *
 * It knows nothing of Magento: the migration that fills it lives in pipeline/catalog.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceModule } from '../kit/index.ts';
import { catalogContract } from './contract.ts';
import { registerCatalogRoutes } from './routes.ts';

export { catalogContract } from './contract.ts';
export { registerCatalogRoutes } from './routes.ts';
export { categoryTreeDocument, categoryTrees, productDocuments } from './read-model.ts';
export { categoryTree, findStoreByCode } from './repository.ts';
export { productView } from './repository-products.ts';
export {
  isNullish, jsonbKeyCompare, jsonbKeyOrder, jsonbText, memberStart, plainDocumentText, strippedValueText, UncertainJsonValue,
  type DocumentCategory, type DocumentMedia, type PlainDocumentParts,
} from './product-document-text.ts';

export const catalogService: ServiceModule = {
  name: 'catalog',
  migrationsDir: join(dirname(fileURLToPath(import.meta.url)), 'migrations'),
  contract: catalogContract,
  register: registerCatalogRoutes,
};
