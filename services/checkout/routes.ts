/**
 * The checkout service's HTTP routes (zod schemas make GET /checkout/openapi.json):
 *
 *   GET /checkout/carts?customer_id=<uuid> | ?email=   the active carts of a customer (the customer's own token, or
 *                                                      staff: sales, customers or support) or of an e-mail (staff)
 *   GET /checkout/carts/<id>                           one cart (UUID or quote id) with its lines and addresses
 *
 * Amounts are exact decimal strings with the cart's currency.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BEARER, createAuth, HttpError, type Auth, type Queryable } from '../kit/index.ts';

const STAFF = ['sales', 'customers', 'support'];
const errors = { 400: z.any().describe('Error'), 401: z.any().describe('Error'), 403: z.any().describe('Error'), 404: z.any().describe('Error') };
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'a UUID');
const ts = (c: string): string => `to_char(${c} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
const CART = `c.id, c.magento_id::int AS magento_id, s.code AS store, c.store_magento_id, c.customer_id, c.customer_magento_id, c.customer_group_magento_id, c.email, c.firstname, c.lastname,
  c.is_guest, c.coupon_code, c.items_count, c.items_qty::text AS items_qty, c.subtotal::text AS subtotal, c.base_subtotal::text AS base_subtotal, c.grand_total::text AS grand_total,
  c.base_grand_total::text AS base_grand_total, c.currency, c.base_currency, ${ts('c.created_at')} AS created_at, ${ts('c.updated_at')} AS updated_at`;

async function cartsWhere(db: Queryable, where: string, params: unknown[]): Promise<Array<Record<string, unknown>>> {
  const { rows } = await db.query(`SELECT ${CART},
      COALESCE((SELECT json_agg(json_build_object('id', i.id, 'magento_id', i.magento_id, 'parent_magento_id', i.parent_magento_id, 'product_id', i.product_id,
          'product_magento_id', i.product_magento_id, 'product_type', i.product_type, 'sku', i.sku, 'name', i.name, 'qty', i.qty::text, 'price', i.price::text,
          'row_total', i.row_total::text, 'discount_amount', i.discount_amount::text, 'tax_amount', i.tax_amount::text) ORDER BY i.magento_id) FROM cart_item i WHERE i.cart_id = c.id), '[]') AS items,
      COALESCE((SELECT json_agg(json_build_object('magento_id', a.magento_id, 'address_type', a.address_type, 'firstname', a.firstname, 'lastname', a.lastname, 'company', a.company,
          'street', a.street, 'city', a.city, 'region', a.region, 'region_magento_id', a.region_magento_id, 'postcode', a.postcode, 'country_id', a.country_id,
          'telephone', a.telephone, 'shipping_method', a.shipping_method, 'shipping_amount', a.shipping_amount::text) ORDER BY a.magento_id) FROM cart_address a WHERE a.cart_id = c.id), '[]') AS addresses
    FROM cart c LEFT JOIN store s ON s.magento_id = c.store_magento_id WHERE ${where} ORDER BY c.updated_at DESC, c.magento_id DESC`, params);
  return rows;
}

export function registerCheckoutRoutes(fastify: FastifyInstance, db: Queryable, options: { auth?: Auth } = {}): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const auth = options.auth ?? createAuth(null);

  app.get('/checkout/carts', {
    preHandler: auth.required,
    schema: { security: BEARER, summary: "A customer's (or an e-mail's) active carts, most recently updated first", querystring: z.object({ customer_id: uuid.optional(), email: z.string().min(1).max(255).optional() }).strict(), response: errors },
  }, async (req) => {
    if ((req.query.customer_id === undefined) === (req.query.email === undefined)) throw new HttpError(400, 'BAD_REQUEST', "give 'customer_id' or 'email'");
    if (req.query.customer_id !== undefined) {
      auth.allow(req, { customerId: req.query.customer_id, staffRoles: STAFF });
      return { carts: await cartsWhere(db, 'c.customer_id = $1', [req.query.customer_id.toLowerCase()]) };
    }
    auth.allow(req, { staffRoles: STAFF });
    return { carts: await cartsWhere(db, 'lower(c.email) = $1', [req.query.email!.trim().toLowerCase()]) };
  });

  app.get('/checkout/carts/:id', {
    preHandler: auth.required,
    schema: { security: BEARER, summary: 'One active cart with its lines and addresses (UUID or Magento quote id)', params: z.object({ id: z.union([uuid, z.string().regex(/^\d{1,12}$/)]) }), response: errors },
  }, async (req) => {
    const byUuid = req.params.id.includes('-');
    const [cart] = await cartsWhere(db, byUuid ? 'c.id = $1' : 'c.magento_id = $1', [byUuid ? req.params.id.toLowerCase() : Number(req.params.id)]);
    auth.allow(req, { customerId: (cart?.customer_id as string | null) ?? null, staffRoles: STAFF });
    if (!cart) throw new HttpError(404, 'UNKNOWN_CART', `no active cart ${req.params.id}`);
    return cart;
  });
}
