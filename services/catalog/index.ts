/**
 * The catalog service's public surface: its migration (ServiceDefinition, entities in load order) and its
 * HTTP routes. Nothing else of services/catalog is imported from outside.
 *
 *   catalogService                 -> run by `magemig migrate` (pipeline/)
 *   registerCatalogRoutes(app, db) -> mount the routes on any Fastify instance with a pg Pool / Client
 *   catalogHttp                    -> the HttpService `magemig serve` mounts (services/http-server.ts)
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServiceDefinition } from '../../pipeline/types.ts';
import type { HttpService } from '../http-server.ts';
import { attributeSetsMigration } from './import/attribute-sets.ts';
import { attributesMigration } from './import/attributes.ts';
import { categoriesMigration } from './import/categories.ts';
import { productRelationsMigration, productsMigration } from './import/products.ts';
import { storeGroupsMigration, storeViewsMigration, websitesMigration } from './import/stores.ts';
import { registerCatalogRoutes } from './routes.ts';

export { registerCatalogRoutes } from './routes.ts';

export const catalogService: ServiceDefinition = {
  name: 'catalog',
  migrationsDir: join(dirname(fileURLToPath(import.meta.url)), 'migrations'),
  entities: [
    websitesMigration,
    storeGroupsMigration,
    storeViewsMigration,
    attributesMigration,
    attributeSetsMigration,
    categoriesMigration,
    // Products after everything they reference; relations after every product (both ends must exist).
    productsMigration,
    productRelationsMigration,
  ],
};

export const catalogHttp: HttpService = {
  name: 'catalog',
  register: (app, db) => registerCatalogRoutes(app, db),
};
