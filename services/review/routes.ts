/**
 * The review service's HTTP routes (zod schemas validate input and make GET /review/openapi.json):
 *
 *   GET /reviews?sku=&store=&status=approved&cursor=&limit=   a product's reviews on a store view, newest first
 *   GET /reviews/summary/<sku>?store=                          reviews_count and rating_summary, as Magento's
 *                                                              review_entity_summary holds them
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpError, type Queryable } from '../kit/index.ts';
import { decodeCursor, findReviewedProduct, findStore, listReviews, reviewSummary, STATUS_CODES, type StoreRef } from './repository.ts';

const storeCode = z
  .string({ error: (iss) => (iss.input === undefined ? "query parameter 'store' (a store view code) is required" : "query parameter 'store' must be given once") })
  .max(32, "'store' is at most 32 characters")
  .regex(/^[a-z][a-z0-9_]*$/i, "'store' must be a store view code: a letter, then letters, digits or _");
const sku = z.string({ error: "'sku' is required" }).min(1, 'the SKU is empty').max(64, 'a SKU is at most 64 characters');
const listQuery = z.object({
  sku,
  store: storeCode,
  status: z.enum(['approved', 'pending', 'not_approved', 'all']).default('approved'),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}).strict();
const summaryQuery = z.object({ store: storeCode }).strict();
const errors = { 400: z.any().describe('Error'), 404: z.any().describe('Error') };

async function storeOf(db: Queryable, code: string): Promise<StoreRef> {
  const store = await findStore(db, code);
  if (!store) throw new HttpError(404, 'UNKNOWN_STORE', `no store view with code '${code}'`);
  return store;
}

export function registerReviewRoutes(fastify: FastifyInstance, db: Queryable): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/reviews', { schema: { summary: "A product's reviews visible on a store view, newest first", querystring: listQuery, response: errors } }, async (req) => {
    const store = await storeOf(db, req.query.store);
    const after = req.query.cursor === undefined ? null : decodeCursor(req.query.cursor);
    if (req.query.cursor !== undefined && after === null) throw new HttpError(400, 'BAD_CURSOR', "'cursor' is not a cursor this service gave");
    const page = await listReviews(db, req.query.sku, store, STATUS_CODES[req.query.status], after, req.query.limit);
    return { sku: req.query.sku, store: store.code, status: req.query.status, ...page };
  });
  app.get('/reviews/summary/:sku', { schema: { summary: "A product's review summary on a store view (Magento's review_entity_summary)", params: z.object({ sku }), querystring: summaryQuery, response: errors } }, async (req) => {
    const store = await storeOf(db, req.query.store);
    const product = await findReviewedProduct(db, req.params.sku);
    if (!product) throw new HttpError(404, 'NO_REVIEWS', `no review of a product with SKU '${req.params.sku}'`);
    return { sku: req.params.sku, store: store.code, product: { id: product.id, magento_id: product.magentoId }, ...(await reviewSummary(db, product.magentoId, store)) };
  });
}
