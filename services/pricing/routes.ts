/**
 * The pricing service's HTTP routes (zod schemas validate the input and make GET /pricing/openapi.json):
 *
 *   GET /pricing/prices/<sku>?website=<code>&customer_group=<id>&qty=<n>&at=<ISO-8601>
 *       defaults: the default website, customer group 0 (NOT LOGGED IN), qty 1, now.
 * Unknown SKU, website or customer group: 404; a bad query: 400 ({ statusCode, error, code, message }).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { HttpError, type Queryable } from '../kit/index.ts';
import { quote } from './price-quote.ts';
import { readQuote } from './read-model.ts';

const priceQuery = z
  .object({
    website: z.string().max(32, "'website' is at most 32 characters").regex(/^[a-z][a-z0-9_]*$/i, "'website' must be a website code: a letter, then letters, digits or _").optional(),
    customer_group: z.string().regex(/^\d{1,9}$/, "'customer_group' must be a customer group id (a non-negative integer)").optional(),
    qty: z.string().regex(/^(\d{1,12})(\.\d{1,4})?$/, "'qty' must be a positive number (up to 4 decimals)").refine((q) => Number(q) > 0, "'qty' must be greater than 0").optional(),
    at: z.union([z.iso.datetime({ offset: true }), z.iso.date()], { error: "'at' must be an ISO-8601 date-time with its offset (2021-07-03T12:00:00Z) or a date (2021-07-03)" }).optional(),
  })
  .strict();

// catalog_product_entity.sku is varchar(64).
const skuParams = z.object({ sku: z.string().min(1, 'the SKU is empty').max(64, 'a SKU is at most 64 characters') });

const errors = { 400: z.any().describe('Error'), 404: z.any().describe('Error') };

export function registerPricingRoutes(fastify: FastifyInstance, db: Queryable): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/pricing/prices/:sku',
    { schema: { summary: 'A product’s price for a website, customer group, quantity and date', params: skuParams, querystring: priceQuery, response: errors } },
    async (req) => {
      const q = req.query;
      const group = q.customer_group === undefined ? 0 : Number(q.customer_group);
      // One round trip: the website, the group, the rules and the product with its parts (read-model.ts).
      const read = await readQuote(db, req.params.sku, q.website ?? null, group);
      if (read.found === 'no-website') throw new HttpError(404, 'UNKNOWN_WEBSITE', q.website ? `no website with code '${q.website}'` : 'no website');
      if (read.found === 'no-group') throw new HttpError(404, 'UNKNOWN_CUSTOMER_GROUP', `no customer group ${group}`);
      if (read.found === 'no-product') throw new HttpError(404, 'UNKNOWN_SKU', `no product with SKU '${req.params.sku}'`);
      const at = q.at === undefined ? new Date() : /^\d{4}-\d{2}-\d{2}$/.test(q.at) ? q.at : new Date(q.at);
      return quote(read.facts, read.rules, { website: read.website, customerGroupId: group, qty: q.qty ?? '1', at });
    },
  );
}
