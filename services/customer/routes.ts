/**
 * The customer service's HTTP routes. Input is validated with zod schemas (which also make its OpenAPI
 * document, GET /customer/openapi.json); errors are JSON { statusCode, error, code, message }.
 *
 *   GET  /customers/<id>                     a customer by UUID (or Magento entity_id)
 *   GET  /customers?email=<e-mail>[&website=<code>]   the accounts of an e-mail (one per website at most)
 *   POST /customers/login { email, password, website }  200 { id, ... } | 401 INVALID_CREDENTIALS |
 *        423 ACCOUNT_LOCKED | 401 EMAIL_NOT_CONFIRMED | 503 TOO_MANY_LOGINS
 *
 * No answer holds a hash, a token or a password: a customer's password shows as { algorithm, upgraded_at }.
 * Reading a customer needs a bearer token: the customer's own, or staff with the `customers` or `support`
 * role; listing by e-mail is for staff. Login is public, limited per client address and per account
 * (@fastify/rate-limit: 429 with Retry-After) on top of Magento's own lockout after failed attempts.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BEARER, createAuth, HttpError, Limiter, LimiterFull, loginRateLimits, parseCryptKeys, positiveIntEnv, type Auth, type Queryable } from '../kit/index.ts';
import { customerById, customersByEmail, findWebsite, readSettings, type Settings } from './repository.ts';
import { sendStored, storedCustomer, storedCustomersByEmail } from './read-model.ts';
import { customerSchema, errorSchema, loginAnswer } from './schemas.ts';
import { login } from './use-cases/login.ts';

export interface CustomerRouteOptions {
  /** env.php crypt/key (MAGEMIG_MAGENTO_CRYPT_KEY): only HMAC-SHA256 hashes need it. */
  cryptKey?: string;
  /** argon2 / bcrypt computations at once (default 2: this machine's cores), and logins allowed to wait. */
  hashConcurrency?: number;
  hashQueue?: number;
  /** Also try libsodium 1.0.13/1.0.14 limits for a plain `:2` hash (default: when the data holds a 3_32_4_33554432 hash). */
  legacyArgonV2?: boolean;
  /** The clock (tests). */
  now?: () => Date;
  /** Who may read customers (default: nobody, every private route refuses). */
  auth?: Auth;
  /** Login attempts per minute from one client address, and for one account (e-mail and website). */
  loginsPerAddress?: number;
  loginsPerAccount?: number;
}

export function routeOptionsFromEnv(env: NodeJS.ProcessEnv): CustomerRouteOptions {
  const legacy = env.MAGEMIG_LEGACY_ARGON2_V2;
  return {
    cryptKey: env.MAGEMIG_MAGENTO_CRYPT_KEY,
    hashConcurrency: positiveIntEnv(env.MAGEMIG_HASH_CONCURRENCY),
    hashQueue: positiveIntEnv(env.MAGEMIG_HASH_QUEUE),
    legacyArgonV2: legacy === undefined ? undefined : legacy === '1' || legacy === 'true',
    loginsPerAddress: positiveIntEnv(env.MAGEMIG_LOGINS_PER_ADDRESS),
    loginsPerAccount: positiveIntEnv(env.MAGEMIG_LOGINS_PER_ACCOUNT),
  };
}

// customer_entity.email is varchar(255); Magento's website codes follow the store code rule.
const email = z.string({ error: "'email' (an e-mail address) is required" }).min(1, "'email' is empty").max(255, "'email' is at most 255 characters");
const websiteCode = z.string().max(32, "'website' is at most 32 characters").regex(/^[a-z][a-z0-9_]*$/i, "'website' must be a website code");
const idParams = z.object({ id: z.string().regex(/^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{1,10})$/i, 'the id is a UUID or a Magento entity_id') });
const byEmailQuery = z.object({ email, website: websiteCode.optional() }).strict();
const loginBody = z
  .object({
    email,
    password: z.string({ error: "'password' is required" }).min(1, "'password' is empty").max(1024, "'password' is at most 1024 characters"),
    website: websiteCode,
  })
  .strict();

const STAFF = ['customers', 'support'];

export async function registerCustomerRoutes(fastify: FastifyInstance, db: Queryable, options: CustomerRouteOptions = {}): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const auth = options.auth ?? createAuth(null);
  const loginLimits = await loginRateLimits(fastify, {
    perAddress: options.loginsPerAddress,
    perAccount: options.loginsPerAccount,
    accountKey: (req) => {
      const b = req.body as { email?: string; website?: string } | undefined;
      return `${String(b?.website ?? '').toLowerCase()}:${String(b?.email ?? '').trim().toLowerCase()}`;
    },
  });
  const limiter = new Limiter(options.hashConcurrency ?? 2, options.hashQueue ?? 64);
  const cryptKeys = parseCryptKeys(options.cryptKey);
  const now = options.now ?? (() => new Date());
  let settings: Promise<Settings> | undefined;
  let legacy: Promise<boolean> | undefined;
  const settingsOf = (): Promise<Settings> => (settings ??= readSettings(db).catch((err) => ((settings = undefined), Promise.reject(err))));
  // A 3_32_4_33554432 hash proves the store ran libsodium < 1.0.15, whose plain `:2` hashes used those limits too.
  const legacyOf = (): Promise<boolean> =>
    options.legacyArgonV2 !== undefined
      ? Promise.resolve(options.legacyArgonV2)
      : (legacy ??= db
          .query<{ found: boolean }>("SELECT EXISTS (SELECT 1 FROM customer_credentials WHERE migrated_algorithm LIKE '%(32,4,33554432)%') AS found")
          .then((r) => r.rows[0].found));

  const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

  app.get('/customers/:id', { preHandler: auth.required, schema: { security: BEARER, summary: 'A customer by UUID or Magento entity_id', params: idParams, response: { 200: customerSchema, ...errors } } }, async (req, reply) => {
    const me = auth.principal(req);
    // Another customer's UUID is refused before any read.
    if (me.kind === 'customer' && req.params.id.includes('-') && req.params.id.toLowerCase() !== me.id) auth.allow(req, { customerId: null, staffRoles: STAFF });
    if (me.kind === 'staff') auth.allow(req, { staffRoles: STAFF });
    // The read model: the answer stored at load time, with its owner (one indexed, prepared query).
    const stored = await storedCustomer(db, req.params.id);
    if (stored) {
      auth.allow(req, { customerId: stored.id, staffRoles: STAFF });
      return sendStored(reply, stored.body);
    }
    // No document: an unknown customer (or rows written without the import, which builds every document).
    const customer = await customerById(db, req.params.id);
    if (customer) auth.allow(req, { customerId: customer.id, staffRoles: STAFF });
    if (!customer) throw new HttpError(404, 'UNKNOWN_CUSTOMER', `no customer ${req.params.id}`);
    return customer;
  });

  app.get(
    '/customers',
    { preHandler: auth.required, schema: { security: BEARER, summary: "The accounts of an e-mail address (within a website when 'website' is given): staff only", querystring: byEmailQuery, response: { 200: z.object({ customers: z.array(customerSchema) }), ...errors } } },
    async (req, reply) => {
      auth.allow(req, { staffRoles: STAFF });
      // The read model: the stored answers of that e-mail, joined into the list in one query.
      const stored = await storedCustomersByEmail(db, req.query.email, req.query.website ?? null);
      if (!stored.website) throw new HttpError(404, 'UNKNOWN_WEBSITE', `no website with code '${req.query.website}'`);
      if (stored.count > 0) return sendStored(reply, stored.body);
      // None stored: no such account (or rows written without the import); the rows say which.
      const websiteId = req.query.website === undefined ? null : ((await findWebsite(db, req.query.website))?.magento_id ?? null);
      return { customers: await customersByEmail(db, req.query.email, websiteId) };
    },
  );

  app.post(
    '/customers/login',
    {
      preHandler: loginLimits,
      schema: {
        summary: "Checks a customer's password (Magento's hash formats; a legacy hash is upgraded to argon2id on success)",
        body: loginBody,
        response: { 200: loginAnswer, 400: errorSchema, 401: errorSchema, 404: errorSchema, 423: errorSchema, 429: errorSchema, 503: errorSchema },
      },
    },
    async (req) => {
      const { email: address, password, website: code } = req.body;
      const website = await findWebsite(db, code);
      if (!website) throw new HttpError(404, 'UNKNOWN_WEBSITE', `no website with code '${code}'`);
      let outcome;
      try {
        outcome = await login({ db, settings: await settingsOf(), now, limiter, cryptKeys, legacyArgonV2: await legacyOf() }, address, password, website);
      } catch (err) {
        if (err instanceof LimiterFull) throw new HttpError(503, 'TOO_MANY_LOGINS', 'too many logins in progress, try again shortly');
        throw err;
      }
      switch (outcome.status) {
        case 'ok':
          return { id: outcome.id, magento_id: outcome.magentoId, website_magento_id: outcome.websiteMagentoId, password_upgraded: outcome.rehashed };
        case 'locked':
          throw new HttpError(423, 'ACCOUNT_LOCKED', `the account is locked until ${outcome.until.toISOString()}`);
        case 'unconfirmed':
          throw new HttpError(401, 'EMAIL_NOT_CONFIRMED', "this account isn't confirmed");
        default:
          throw new HttpError(401, 'INVALID_CREDENTIALS', 'invalid e-mail or password');
      }
    },
  );
}
