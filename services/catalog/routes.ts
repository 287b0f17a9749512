/**
 * The catalog service's HTTP routes. Input is validated with zod schemas (which also make its OpenAPI
 * document, GET /catalog/openapi.json); every client error is a JSON body { statusCode, error, code, message }
 * with a 400 (bad input) or 404 (unknown store, SKU).
 *
 *   GET /catalog/categories?store=<store code>       the store view's category tree
 *   GET /catalog/products/<sku>?store=<store code>    a product as that store view shows it (read-model.ts)
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpError } from '../kit/index.ts';
import { categoryTree, findStoreByCode, type Queryable, type StoreView } from './repository.ts';
import { productView } from './repository-products.ts';
import { categoryTreeDocument, productDocument } from './read-model.ts';

// Magento's store code rule (Magento\Store\Model\ResourceModel\Store::_checkCode): a letter, then a-z 0-9 _.
const storeQuery = z
  .object({
    store: z
      .string({
        error: (iss) => (iss.input === undefined ? "query parameter 'store' (a store view code) is required" : "query parameter 'store' must be given once"),
      })
      .max(32, "'store' is at most 32 characters")
      .regex(/^[a-z][a-z0-9_]*$/i, "'store' must be a store view code: a letter, then letters, digits or _"),
  })
  .strict();

// catalog_product_entity.sku is varchar(64).
const skuParams = z.object({ sku: z.string().min(1, 'the SKU is empty').max(64, 'a SKU is at most 64 characters') });

const errors = { 400: z.any().describe('Error'), 404: z.any().describe('Error') };

async function storeOf(db: Queryable, code: string): Promise<StoreView> {
  const store = await findStoreByCode(db, code);
  if (!store) throw new HttpError(404, 'UNKNOWN_STORE', `no store view with code '${code}'`);
  return store;
}

export function registerCatalogRoutes(fastify: FastifyInstance, db: Queryable): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/catalog/categories', { schema: { summary: "A store view's category tree", querystring: storeQuery, response: errors } }, async (req, reply) => {
    // The read model: the tree stored at load time (one indexed, prepared query); else assembled from the rows.
    const body = await categoryTreeDocument(db, req.query.store);
    if (body !== null) return reply.type('application/json; charset=utf-8').send(body);
    const store = await storeOf(db, req.query.store);
    return { store: store.code, categories: await categoryTree(db, store) };
  });

  app.get('/catalog/products/:sku', { schema: { summary: 'A product as a store view shows it', params: skuParams, querystring: storeQuery, response: errors } }, async (req, reply) => {
    const { sku } = req.params;
    // The read model: the answer stored at load time, sent as it is (one indexed, prepared query).
    const body = await productDocument(db, sku, req.query.store);
    if (body !== null) return reply.type('application/json; charset=utf-8').send(body);
    // No document: an unknown store or SKU, or a product whose document a running import has not built yet.
    const store = await storeOf(db, req.query.store);
    const product = await productView(db, sku, store);
    if (!product) throw new HttpError(404, 'UNKNOWN_SKU', `no product with SKU '${sku}'`);
    return product;
  });
}
