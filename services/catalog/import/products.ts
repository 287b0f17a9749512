/**
 * The product entity migrations of the catalog service, in load order:
 *  - productsMigration ('products'): products with their scoped attribute values, website and category
 *    assignment, media gallery, custom options, super attributes, bundle options, downloadable links/samples;
 *  - productRelationsMigration ('product_relations'): links, configurable children, grouped items, bundle
 *    selections, after every product so both ends exist when a batch commits.
 * Both walk catalog_product_entity by keyset (entity_id; row_id of the current versions in Commerce) and only
 * yield batches; the orchestrator loads them. Schema: services/catalog/migrations/010-014, PRODUCTS_SCHEMA.md.
 */
import { MagemigError } from '../../../core/errors.ts';
import type { MysqlConnection } from '../../../core/mysql.ts';
import { loadEavAttributes } from '../../../extractors/eav/attributes.ts';
import { eavEntityTables } from '../../../extractors/eav/entity-tables.ts';
import { buildStoreScopes } from '../../../extractors/eav/stores.ts';
import type { StoreScopes } from '../../../extractors/eav/types.ts';
import { countProducts, productPages } from '../../../extractors/catalog/product-source.ts';
import { countRelations, relationPages } from '../../../extractors/catalog/product-relations.ts';
import { loadSkuVerdicts } from '../../../extractors/catalog/product-skus.ts';
import type { EntityMigration, Key, SourceContext } from '../../../pipeline/types.ts';
import { deferredAttributes } from '../../../transforms/catalog/product-attribute-routing.ts';
import { transformProductPage } from '../../../transforms/catalog/product.ts';
import { transformRelationPage } from '../../../transforms/catalog/product-relations.ts';
import { catalogStoresOf } from './stores.ts';

/** Products per batch at most: each also yields its values, media, options... rows. */
const MAX_PRODUCTS_PER_BATCH = 1500;
const SAMPLES_PER_BATCH = 2;
/** Source connections of the products walk: pages + hanging tables, and two for the value tables. */
const READ_CONNECTIONS = 3;

function afterKey(after: Key | null): number | null {
  if (after === null) return null;
  const n = Number(after);
  if (!Number.isSafeInteger(n)) throw new MagemigError('BAD_CHECKPOINT', `products: the checkpoint ${JSON.stringify(after)} is not a product key`);
  return n;
}

function pageSize(src: SourceContext): number {
  return Math.max(1, Math.min(src.options.batchSize, MAX_PRODUCTS_PER_BATCH));
}

/** The store views and websites the catalog loads, as scopes (memoised with the store tree). */
export async function productScopesOf(src: SourceContext): Promise<{ stores: StoreScopes; websites: Set<number> }> {
  return src.memo('catalog.productScopes', async () => {
    const tree = await catalogStoresOf(src);
    return {
      stores: buildStoreScopes(tree.views.map((v) => ({ storeId: v.magentoId, code: v.code, websiteId: v.websiteMagentoId }))),
      websites: new Set(tree.websites.map((w) => w.magentoId)),
    };
  });
}

export const productsMigration: EntityMigration = {
  service: 'catalog',
  entity: 'products',
  async countSource(src) {
    return countProducts(src.conn, src.edition === 'commerce', src.options.stagingVersion);
  },
  async *batches(src, after) {
    const tables = await eavEntityTables(src, 'catalog_product');
    const attributes = await loadEavAttributes(src, 'catalog_product');
    const { stores, websites } = await productScopesOf(src);
    const verdicts = await loadSkuVerdicts(src, tables.staged);
    const input = {
      attributes, stores, websites, verdicts,
      nullPolicy: src.options.nullPolicy,
      staged: tables.staged,
      deferred: deferredAttributes(attributes),
      sampleCount: SAMPLES_PER_BATCH,
    };
    // Connections of our own: one for pages and the tables hanging off them, two for the value tables, so a
    // page's reads run in parallel on the server while the previous page is transformed.
    const conns: MysqlConnection[] = [];
    try {
      for (let i = 0; i < READ_CONNECTIONS; i++) conns.push(await src.openConnection());
      const pages = productPages(conns, tables, { after: afterKey(after), pageSize: pageSize(src), version: src.options.stagingVersion });
      for await (const page of pages) yield transformProductPage(page, input);
    } finally {
      await Promise.all(conns.map((c) => c.end().catch(() => undefined)));
    }
  },
};

export const productRelationsMigration: EntityMigration = {
  service: 'catalog',
  entity: 'product_relations',
  async countSource(src) {
    return countRelations(src.conn, src.edition === 'commerce', src.options.stagingVersion);
  },
  async *batches(src, after) {
    const staged = src.edition === 'commerce';
    const verdicts = await loadSkuVerdicts(src, staged);
    const conn = await src.openConnection();
    try {
      const pages = relationPages(conn, { staged, version: src.options.stagingVersion, after: afterKey(after), pageSize: pageSize(src) });
      for await (const page of pages) yield transformRelationPage(page, verdicts, staged);
    } finally {
      await conn.end().catch(() => undefined);
    }
  },
};

export const productMigrations: EntityMigration[] = [productsMigration, productRelationsMigration];
