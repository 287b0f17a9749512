/**
 * The payment service's HTTP routes (zod schemas validate input and make GET /payment/openapi.json). Private:
 *
 *   GET /payments?order=<order uuid>          an order's payments with their transaction trees (staff: payments, sales)
 *   GET /payments/vault?customer_id=<uuid>    a customer's saved payment methods: the customer's own (what the
 *                                             storefront lists) or staff (payments, customers, support: all).
 *                                             The gateway token is never part of an answer.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BEARER, type Queryable, type ServiceContext } from '../kit/index.ts';
import { customerVault, orderPayments } from './repository.ts';

const errors = { 400: z.any().describe('Error'), 401: z.any().describe('Error'), 403: z.any().describe('Error') };
const token = z.object({
  id: z.uuid(), magento_id: z.number().int(), public_hash: z.string(), payment_method_code: z.string(), type: z.string(),
  created_at: z.string().nullable(), expires_at: z.string().nullable(), details: z.any(), is_active: z.boolean(), is_visible: z.boolean(),
}).strict();

export function registerPaymentRoutes(fastify: FastifyInstance, db: Queryable, { auth }: ServiceContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/payments', {
    preHandler: auth.required,
    schema: { security: BEARER, summary: "An order's payments (amounts exact, with currency) and their transactions", querystring: z.object({ order: z.uuid("'order' must be an order id (a UUID)") }).strict(), response: { 200: z.object({ order: z.uuid(), payments: z.array(z.any()) }), ...errors } },
  }, async (req) => {
    auth.allow(req, { staffRoles: ['payments', 'sales'] });
    return { order: req.query.order, payments: await orderPayments(db, req.query.order) };
  });

  app.get('/payments/vault', {
    preHandler: auth.required,
    schema: { security: BEARER, summary: "A customer's saved payment methods (masked; never the gateway token)", querystring: z.object({ customer_id: z.uuid("'customer_id' must be a customer id (a UUID)") }).strict(), response: { 200: z.object({ customer_id: z.uuid(), tokens: z.array(token) }), ...errors } },
  }, async (req) => {
    auth.allow(req, { customerId: req.query.customer_id, staffRoles: ['payments', 'customers', 'support'] });
    const staff = auth.principal(req).kind === 'staff';
    return { customer_id: req.query.customer_id, tokens: await customerVault(db, req.query.customer_id, staff) };
  });
}
