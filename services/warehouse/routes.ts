/**
 * The warehouse service's HTTP routes (zod schemas validate the input and make GET /warehouse/openapi.json):
 *
 *   GET  /warehouse/stock/<sku>?stock=<id> | ?website=<code>   (neither: the default stock)
 *   POST /warehouse/reservations   { order_id, stock_id? | website?, items: [{ sku, qty }] }
 *
 * Stock is a public read; reserving writes, so it needs a bearer token of staff with the `sales` role (the
 * checkout acting for the order) or `admin`.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BEARER, HttpError, type Queryable, type ServiceContext } from '../kit/index.ts';
import { readStock } from './read-model.ts';
import { answerOf, DEFAULT_STOCK_ID, stockBody, stockById, stockOfWebsite } from './repository.ts';
import { reserve } from './reservations.ts';

const websiteCode = z.string().max(32, "'website' is at most 32 characters").regex(/^[a-z][a-z0-9_]*$/i, "'website' must be a website code");
const stockQuery = z
  .object({
    stock: z.string().regex(/^\d{1,9}$/, "'stock' must be a stock id").optional(),
    website: websiteCode.optional(),
  })
  .strict()
  .refine((q) => !(q.stock && q.website), { message: "give 'stock' or 'website', not both" });

const skuParams = z.object({ sku: z.string().min(1, 'the SKU is empty').max(64, 'a SKU is at most 64 characters') });

const reservationBody = z
  .object({
    order_id: z.string().min(1).max(64),
    stock_id: z.number().int().positive().optional(),
    website: websiteCode.optional(),
    items: z
      .array(z.object({ sku: z.string().min(1).max(64), qty: z.string().regex(/^\d{1,8}(\.\d{1,4})?$/, "'qty' must be a positive decimal string").refine((q) => Number(q) > 0, "'qty' must be greater than 0") }).strict())
      .min(1)
      .max(500),
  })
  .strict()
  .refine((b) => !(b.stock_id && b.website), { message: "give 'stock_id' or 'website', not both" });

const errors = { 400: z.any().describe('Error'), 404: z.any().describe('Error'), 409: z.any().describe('Error') };
const reserved = { 200: z.any().describe('The reservations already made for the order'), 201: z.any().describe('The reservations made'), ...errors };

async function resolveStock(db: Queryable, stock: number | undefined, website: string | undefined): Promise<number> {
  if (website) {
    const id = await stockOfWebsite(db, website);
    if (id === null) throw new HttpError(404, 'UNKNOWN_WEBSITE', `no sales channel for website '${website}'`);
    return id;
  }
  const id = stock ?? DEFAULT_STOCK_ID;
  if (!(await stockById(db, id))) throw new HttpError(404, 'UNKNOWN_STOCK', `no stock ${id}`);
  return id;
}

export function registerWarehouseRoutes(fastify: FastifyInstance, db: Queryable, { auth }: ServiceContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/warehouse/stock/:sku', { schema: { summary: 'What a stock can sell of a SKU', params: skuParams, querystring: stockQuery, response: errors } }, async (req) => {
    const { stock, website } = req.query;
    // One round trip (read-model.ts): the stock, the product, its parts, sources and reservations.
    const read = await readStock(db, req.params.sku, stock === undefined ? DEFAULT_STOCK_ID : Number(stock), website ?? null);
    if (read.found === 'no-stock') {
      if (website) throw new HttpError(404, 'UNKNOWN_WEBSITE', `no sales channel for website '${website}'`);
      throw new HttpError(404, 'UNKNOWN_STOCK', `no stock ${stock ?? DEFAULT_STOCK_ID}`);
    }
    if (read.found === 'no-product') throw new HttpError(404, 'UNKNOWN_SKU', `no product with SKU '${req.params.sku}'`);
    return stockBody(read.stockId, answerOf(read.stockId, read.facts));
  });

  app.post('/warehouse/reservations', { preHandler: auth.required, schema: { security: BEARER, summary: 'Reserve an order’s items (idempotent by order id)', body: reservationBody, response: reserved } }, async (req, reply) => {
    auth.allow(req, { staffRoles: ['sales'] });
    const b = req.body;
    const stockId = await resolveStock(db, b.stock_id, b.website);
    const result = await reserve(db, { orderId: b.order_id, stockId, items: b.items });
    return reply.status(result.created ? 201 : 200).send(result);
  });
}
