/**
 * The notification service's HTTP routes (zod schemas make GET /notification/openapi.json):
 *
 *   GET /notification/subscribers?email=<e-mail>     the subscriptions of an address, per store view (staff:
 *                                                    the notifications, customers or support role)
 *   GET /notification/templates[?kind=email|newsletter]  the templates, with what each reads
 *   GET /notification/templates/<id>                 one template with its text (UUID)
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BEARER, createAuth, HttpError, type Auth, type Queryable } from '../kit/index.ts';

const STAFF = ['notifications', 'customers', 'support'];
const errors = { 400: z.any().describe('Error'), 401: z.any().describe('Error'), 403: z.any().describe('Error'), 404: z.any().describe('Error') };
const SUMMARY = `t.id, t.kind, t.magento_id, t.code, t.subject, t.type, t.sender_name, t.sender_email, t.is_actual, t.is_legacy, t.orig_template_code,
  to_char(t.added_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS added_at, to_char(t.modified_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS modified_at,
  t.variables, t.directives, t.config_paths, t.custom_variables`;

export function registerNotificationRoutes(fastify: FastifyInstance, db: Queryable, options: { auth?: Auth } = {}): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const auth = options.auth ?? createAuth(null);

  app.get('/notification/subscribers', { preHandler: auth.required, schema: { security: BEARER, summary: "An address's newsletter subscriptions per store view (staff)", querystring: z.object({ email: z.string().min(1).max(150) }).strict(), response: errors } }, async (req) => {
    auth.allow(req, { staffRoles: STAFF });
    const { rows } = await db.query(`SELECT s.id, s.magento_id, s.email, s.status, s.status_code, s.customer_id, s.customer_magento_id,
        st.code AS store, s.store_magento_id, to_char(s.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS changed_at
      FROM subscriber s LEFT JOIN store st ON st.magento_id = s.store_magento_id WHERE s.email_key = $1 ORDER BY s.magento_id`, [req.query.email.trim().toLowerCase()]);
    return { email: req.query.email, subscriptions: rows };
  });

  app.get('/notification/templates', { schema: { summary: 'The mail templates, with the variables and directives each reads', querystring: z.object({ kind: z.enum(['email', 'newsletter']).optional() }).strict(), response: errors } }, async (req) => {
    const { rows } = await db.query(`SELECT ${SUMMARY} FROM mail_template t WHERE $1::text IS NULL OR t.kind = $1 ORDER BY t.kind, t.magento_id`, [req.query.kind ?? null]);
    return { templates: rows };
  });

  app.get('/notification/templates/:id', { schema: { summary: 'One mail template with its text and styles', params: z.object({ id: z.string().uuid('the id is a template UUID') }), response: errors } }, async (req) => {
    const { rows } = await db.query(`SELECT ${SUMMARY}, t.text, t.styles, t.orig_template_variables FROM mail_template t WHERE t.id = $1`, [req.params.id.toLowerCase()]);
    if (!rows[0]) throw new HttpError(404, 'UNKNOWN_TEMPLATE', `no template ${req.params.id}`);
    return rows[0];
  });
}
