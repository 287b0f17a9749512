/**
 * The loyalty service's HTTP routes (zod schemas validate input and make GET /loyalty/openapi.json). Private:
 *
 *   GET /loyalty/<customer uuid>          reward points and store credit per website with their history
 *                                         (the customer's own token, or staff: loyalty, customers, support)
 *   GET /loyalty/giftcards/<code>         a gift card account's balance and state (staff: loyalty, support)
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BEARER, HttpError, type Queryable, type ServiceContext } from '../kit/index.ts';
import { customerLoyalty, giftCardsByCode } from './repository.ts';

const errors = { 400: z.any().describe('Error'), 401: z.any().describe('Error'), 403: z.any().describe('Error'), 404: z.any().describe('Error') };

export function registerLoyaltyRoutes(fastify: FastifyInstance, db: Queryable, { auth }: ServiceContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/loyalty/giftcards/:code', {
    preHandler: auth.required,
    schema: { security: BEARER, summary: "A gift card account by its code (balance exact, in its website's currency)", params: z.object({ code: z.string().min(1).max(255) }), response: errors },
  }, async (req) => {
    auth.allow(req, { staffRoles: ['loyalty', 'support'] });
    const cards = await giftCardsByCode(db, req.params.code);
    if (!cards.length) throw new HttpError(404, 'UNKNOWN_GIFT_CARD', 'no gift card account with that code');
    return { code: req.params.code, accounts: cards };
  });

  app.get('/loyalty/:customer_id', {
    preHandler: auth.required,
    schema: { security: BEARER, summary: "A customer's reward points and store credit per website, with their history", params: z.object({ customer_id: z.uuid("the customer id must be a UUID") }), response: { 200: z.object({ customer_id: z.uuid(), rewards: z.array(z.any()), store_credit: z.array(z.any()) }), ...errors } },
  }, async (req) => {
    auth.allow(req, { customerId: req.params.customer_id, staffRoles: ['loyalty', 'customers', 'support'] });
    return { customer_id: req.params.customer_id, ...(await customerLoyalty(db, req.params.customer_id)) };
  });
}
