/**
 * The promotion service's HTTP routes (zod schemas validate input and make GET /promotion/openapi.json):
 *
 *   POST /promotion/evaluate                    rules that apply to a cart, discounts per line and for shipping
 *   GET  /promotion/coupons/<code>              a coupon: valid for a customer and date?, uses left
 *   POST /promotion/coupons/<code>/redeem       one use by an order (idempotent per order)
 *
 * Evaluating a cart and reading a coupon are public; redeeming writes, so it needs a bearer token: the
 * customer's own (for their customer_id), or staff with the `sales` role (checkout acting for a guest).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { entityUuid } from '../../core/ids.ts';
import { BEARER, HttpError, type Queryable, type ServiceContext } from '../kit/index.ts';
import { evaluateCart } from './evaluate/index.ts';
import { redeemCoupon } from './redeem.ts';
import { couponVerdict, findCoupon, findWebsite, setting } from './repository.ts';

const decimal = z.union([z.string().regex(/^-?\d{1,12}(\.\d{1,6})?$/, 'a decimal number, e.g. "19.99"'), z.number().finite()]).transform((v) => String(v));
const qty = z.union([z.string().regex(/^\d{1,9}(\.\d{1,4})?$/, 'a quantity, e.g. "2"'), z.number().positive()]).transform((v) => String(v));
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date, YYYY-MM-DD');
const customerId = z.coerce.number().int().positive().max(2 ** 31 - 1);
const code = z.object({ code: z.string().min(1, 'the code is empty').max(255, 'a coupon code is at most 255 characters') });

const evaluateBody = z.object({
  website: z.union([z.string().min(1).max(64), z.number().int().nonnegative()]).transform((v) => String(v)),
  customer_group: z.number().int().nonnegative(),
  customer_id: z.number().int().positive().optional(),
  coupon: z.string().min(1).max(255).optional(),
  date: isoDate.optional(),
  subtotal: decimal,
  subtotal_incl_tax: decimal.optional(),
  shipping_amount: decimal.optional(),
  payment_method: z.string().max(255).optional(),
  shipping: z.object({ country_id: z.string().max(2).optional(), region_id: z.string().max(16).optional(), region: z.string().max(255).optional(), postcode: z.string().max(32).optional(), method: z.string().max(255).optional() }).strict().optional(),
  items: z.array(z.object({
    sku: z.string().min(1).max(64),
    qty,
    price: decimal,
    categories: z.array(z.number().int().nonnegative()).max(1000).optional(),
    attribute_set: z.number().int().nonnegative().optional(),
    weight: decimal.optional(),
  }).strict()).min(1, 'a cart has at least one item').max(1000),
}).strict();

const couponQuery = z.object({ customer_id: customerId.optional(), date: isoDate.optional() }).strict();
const redeemBody = z.object({ order_id: z.string().min(1).max(64), customer_id: z.number().int().positive().optional() }).strict();
const errors = { 400: z.any().describe('Error'), 404: z.any().describe('Error'), 409: z.any().describe('Error') };
const today = (): string => new Date().toISOString().slice(0, 10);

export function registerPromotionRoutes(fastify: FastifyInstance, db: Queryable, { auth }: ServiceContext): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.post('/promotion/evaluate', { schema: { summary: 'The cart price rules that apply to a cart, with the discount per line and for shipping', body: evaluateBody, response: errors } }, async (req) => {
    const website = await findWebsite(db, req.body.website);
    if (website === null) throw new HttpError(404, 'UNKNOWN_WEBSITE', `no website '${req.body.website}'`);
    return evaluateCart(db, { ...req.body, website });
  });
  app.get('/promotion/coupons/:code', { schema: { summary: 'A coupon: valid for a customer and date, uses left', params: code, querystring: couponQuery, response: errors } }, async (req) => {
    const coupon = await findCoupon(db, req.params.code);
    if (!coupon) throw new HttpError(404, 'UNKNOWN_COUPON', `no coupon '${req.params.code}'`);
    const date = req.query.date ?? today();
    const v = await couponVerdict(db, coupon, date, req.query.customer_id ?? null, (await setting(db, 'coupon_expiration')) === 'honoured');
    return {
      code: coupon.code, id: coupon.id, magento_id: coupon.magento_id, type: coupon.type, date,
      rule: { id: coupon.rule_id, magento_id: coupon.rule_magento_id, name: coupon.rule_name },
      valid: v.valid, reason: v.reason, uses_left: v.usesLeft, times_used: coupon.times_used, usage_limit: coupon.usage_limit, usage_per_customer: coupon.usage_per_customer,
    };
  });
  app.post(
    '/promotion/coupons/:code/redeem',
    { preHandler: auth.required, schema: { security: BEARER, summary: 'One use of a coupon by an order (idempotent per order)', params: code, body: redeemBody, response: { ...errors, 401: z.any().describe('Error'), 403: z.any().describe('Error') } } },
    async (req) => {
      // A customer redeems for themselves only (the customer service's id of that Magento customer).
      const customer = req.body.customer_id === undefined ? null : entityUuid('customer', req.body.customer_id);
      auth.allow(req, { customerId: customer, staffRoles: ['sales'] });
      return redeemCoupon(db, req.params.code, req.body.order_id, req.body.customer_id ?? null, today());
    },
  );
}
