/**
 * The catalog context's migration, declared in one place: the service it fills (services/catalog) and its
 * entities in load order. Each entity's declaration is a file of this folder.
 */
import { catalogService } from '../../services/catalog/index.ts';
import { catalogVerify } from '../../verify/catalog/index.ts';
import type { ContextMigration } from '../types.ts';
import { catalogAttributeSets } from './attribute-sets.ts';
import { catalogAttributes } from './attributes.ts';
import { catalogCategories } from './categories.ts';
import { catalogProductRelations } from './product-relations.ts';
import { catalogProducts } from './products.ts';
import { storeGroups, storeViews, websites } from './stores.ts';

export const catalogMigration: ContextMigration = {
  name: 'catalog',
  service: catalogService,
  entities: [
    websites,
    storeGroups,
    storeViews,
    catalogAttributes,
    catalogAttributeSets,
    catalogCategories,
    // Products after everything they reference; relations after every product (both ends must exist).
    catalogProducts,
    catalogProductRelations,
  ],
  verify: catalogVerify,
};
