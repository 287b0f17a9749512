/**
 * The order service's HTTP routes. Input is validated with zod schemas (which also make its OpenAPI
 * document, GET /order/openapi.json); every client error is a JSON body { statusCode, error, code, message }.
 *
 *   GET /orders/<increment_id>[?store=<store code>]   one order (409 with both when two stores have the number)
 *   GET /orders?customer_id=<uuid>|email=<e-mail>[&limit=N][&cursor=C]   a customer's orders, newest first
 *
 * Both are private (a bearer token): a customer's token reads that customer's own orders; staff need the
 * `sales` or `support` role (or `admin`). Listing by e-mail (guests' orders too) is for staff only.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BEARER, HttpError, type Queryable, type ServiceContext } from '../kit/index.ts';
import { LIFECYCLES } from './lifecycle.ts';
import { listOrders } from './repository-list.ts';
import { findOrders, orderView, storeExists, type OrderMatch } from './repository-orders.ts';
import { storedOrders } from './read-model.ts';

// Magento's store code rule (Magento\Store\Model\ResourceModel\Store::_checkCode): a letter, then a-z 0-9 _.
const storeCode = z
  .string({ error: "query parameter 'store' must be given once" })
  .max(32, "'store' is at most 32 characters")
  .regex(/^[a-z][a-z0-9_]*$/i, "'store' must be a store view code: a letter, then letters, digits or _");

// sales_order.increment_id is varchar(50) (32 before 2.4.5); printable text only.
const incrementParams = z.object({
  increment_id: z.string().min(1, 'the increment id is empty').max(50, 'an increment id is at most 50 characters').regex(/^[^\u0000-\u001f\u007f]+$/, 'the increment id holds control characters'),
});

const orderQuery = z.object({ store: storeCode.optional() }).strict();

const listQuery = z
  .object({
    customer_id: z.uuid("'customer_id' must be a customer id (a UUID)").optional(),
    email: z.string({ error: "query parameter 'email' must be given once" }).min(3).max(255).regex(/^[^\s@]+@[^\s@]+$/, "'email' must be an e-mail address").optional(),
    limit: z.coerce.number({ error: "'limit' must be a number" }).int("'limit' must be a whole number").min(1, "'limit' is at least 1").max(100, "'limit' is at most 100").default(20),
    cursor: z.string({ error: "query parameter 'cursor' must be given once" }).max(200).optional(),
  })
  .strict()
  .refine((q) => (q.customer_id === undefined) !== (q.email === undefined), { message: "give exactly one of 'customer_id' and 'email'" });

const money = z.string().nullable().describe('an exact decimal, as text');
const orderSummary = z.looseObject({
  id: z.uuid(),
  magento_id: z.number().int(),
  increment_id: z.string(),
  store: z.string().nullable(),
  store_id: z.number().int().nullable(),
  state: z.string().nullable(),
  status: z.string().nullable(),
  lifecycle: z.enum(LIFECYCLES),
  created_at: z.string().nullable(),
  currency: z.object({ order: z.string(), base: z.string() }).loose(),
  totals: z.looseObject({ grand_total: money, base_grand_total: money, total_paid: money, total_refunded: money }),
});
const orderDetail = orderSummary.extend({
  customer: z.looseObject({ id: z.uuid().nullable(), email: z.string().nullable(), firstname: z.string().nullable(), lastname: z.string().nullable(), group: z.number().nullable() }),
  totals: z.looseObject({ subtotal: money, tax: money, shipping: money, discount: money, grand_total: money, base_grand_total: money, total_paid: money, total_refunded: money }),
  items: z.array(z.looseObject({ sku: z.string().nullable(), name: z.string().nullable(), product_id: z.uuid().nullable(), qty_ordered: money, price: money, row_total: money, children: z.array(z.any()) })),
  addresses: z.array(z.any()),
  payment: z.any(),
  status_history: z.array(z.any()),
  invoices: z.array(z.any()),
  shipments: z.array(z.any()),
  credit_memos: z.array(z.any()),
});

const errors = { 400: z.any().describe('Error'), 401: z.any().describe('Error'), 403: z.any().describe('Error'), 404: z.any().describe('Error') };

const STAFF = ['sales', 'support'];

export function registerOrderRoutes(fastify: FastifyInstance, db: Queryable, { auth }: ServiceContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/orders/:increment_id',
    {
      preHandler: auth.required,
      schema: {
        security: BEARER,
        summary: 'One order by its increment id (in a store view when two have the same number)',
        params: incrementParams,
        querystring: orderQuery,
        response: { 200: orderDetail, ...errors, 409: z.any().describe('Error, with `matches`: the orders holding that increment id') },
      },
    },
    async (req, reply) => {
      const { increment_id: incrementId } = req.params;
      const { store } = req.query;
      const me = auth.principal(req);
      if (me.kind === 'staff') auth.allow(req, { staffRoles: STAFF });
      // The read model: the answers stored at load time, with their owners (one indexed, prepared query).
      const stored = await storedOrders(db, incrementId, store);
      // No document: an unknown order or store (or rows written without the import, which builds every document).
      const all: Array<OrderMatch & { body?: string }> = stored.length > 0 ? stored : await findOrders(db, incrementId, store);
      if (all.length === 0 && store !== undefined && !(await storeExists(db, store))) throw new HttpError(404, 'UNKNOWN_STORE', `no store view with code '${store}'`);
      // A customer sees their own orders only: another's answers 403, and never counts in the 409's matches.
      const matches = me.kind === 'customer' ? all.filter((m) => m.customer_id === me.id) : all;
      if (all.length > 0 && matches.length === 0) auth.allow(req, { customerId: all[0].customer_id, staffRoles: STAFF });
      if (matches.length === 0) throw new HttpError(404, 'UNKNOWN_ORDER', `no order '${incrementId}'${store ? ` in store '${store}'` : ''}`);
      if (matches.length > 1) {
        return reply.status(409).send({
          statusCode: 409,
          error: 'Conflict',
          code: 'AMBIGUOUS_INCREMENT_ID',
          message: `order '${incrementId}' exists in ${matches.length} store views: add ?store=<code>`,
          matches: matches.map((m) => ({ id: m.id, store: m.store, store_id: m.store_id })),
        });
      }
      // The stored text is sent as it is (it equals orderView's answer: test/order/read-model.test.ts).
      if (matches[0].body !== undefined) return reply.type('application/json; charset=utf-8').send(matches[0].body);
      return orderView(db, matches[0].id);
    },
  );

  app.get(
    '/orders',
    {
      preHandler: auth.required,
      schema: {
        security: BEARER,
        summary: "A customer's orders, newest first (by customer id or e-mail), cursor-paginated",
        querystring: listQuery,
        response: { 200: z.object({ orders: z.array(orderSummary), next_cursor: z.string().nullable() }), ...errors },
      },
    },
    async (req) => {
      // By customer id: that customer, or staff. By e-mail (which reaches guests' orders): staff only.
      auth.allow(req, { customerId: req.query.customer_id ?? null, staffRoles: STAFF });
      return listOrders(db, { customerId: req.query.customer_id, email: req.query.email, limit: req.query.limit, cursor: req.query.cursor });
    },
  );
}
