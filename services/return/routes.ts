/**
 * The return service's HTTP routes (zod schemas validate input and make GET /return/openapi.json). Private:
 * a customer's token reads that customer's returns; staff need `returns`, `sales` or `support`.
 *
 *   GET /returns?order=<order uuid>    an order's returns with items, status history and labels
 *   GET /returns/<uuid>                one return
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BEARER, HttpError, type Queryable, type ServiceContext } from '../kit/index.ts';
import { findReturns } from './repository.ts';

const errors = { 400: z.any().describe('Error'), 401: z.any().describe('Error'), 403: z.any().describe('Error'), 404: z.any().describe('Error') };
const STAFF = ['returns', 'sales', 'support'];

export function registerReturnRoutes(fastify: FastifyInstance, db: Queryable, { auth }: ServiceContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get('/returns', {
    preHandler: auth.required,
    schema: { security: BEARER, summary: "An order's returns (RMA) with items, status history and labels", querystring: z.object({ order: z.uuid("'order' must be an order id (a UUID)") }).strict(), response: errors },
  }, async (req) => {
    const found = await findReturns(db, { orderId: req.query.order });
    const me = auth.principal(req);
    if (me.kind === 'staff') auth.allow(req, { staffRoles: STAFF });
    else for (const r of found) auth.allow(req, { customerId: r.customer_id, staffRoles: STAFF });
    return { order: req.query.order, returns: found };
  });

  app.get('/returns/:id', {
    preHandler: auth.required,
    schema: { security: BEARER, summary: 'One return (RMA) by its id', params: z.object({ id: z.uuid('the return id must be a UUID') }), response: errors },
  }, async (req) => {
    const [found] = await findReturns(db, { id: req.params.id });
    if (!found) {
      auth.allow(req, { staffRoles: STAFF });
      throw new HttpError(404, 'UNKNOWN_RETURN', 'no return with that id');
    }
    auth.allow(req, { customerId: found.customer_id, staffRoles: STAFF });
    return found;
  });
}
