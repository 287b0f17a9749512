/**
 * The user service's HTTP routes (zod schemas validate input and make GET /user/openapi.json):
 *
 *   POST /users/login { username, password }   200 { id, ... } | 401 INVALID_CREDENTIALS | 403 NO_ROLE |
 *                                              423 ACCOUNT_LOCKED | 429 TOO_MANY_LOGINS | 503 TOO_MANY_LOGINS
 *   GET  /users/<id>                            a staff user (UUID or admin_user.user_id) with roles and resources
 *   GET  /users?username=<name>                 the same, by username
 *   GET  /roles                                 the group roles with their rules
 *
 * Reading needs a staff token: a user reads themself; the `users` role (or admin) reads anyone and the roles.
 * Login is public, limited per client address and per username on top of Magento's own lockout.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BEARER, createAuth, HttpError, Limiter, LimiterFull, loginRateLimits, parseCryptKeys, positiveIntEnv, type Auth, type Queryable } from '../kit/index.ts';
import { staffLogin } from './login.ts';
import { listRoles, readUserSettings, userById, usersByUsername, type UserSettings } from './repository.ts';
import { errorSchema, loginAnswer, roleSchema, userSchema } from './schemas.ts';

export interface UserRouteOptions {
  /** env.php crypt/key (MAGEMIG_MAGENTO_CRYPT_KEY): only HMAC-SHA256 hashes need it. */
  cryptKey?: string;
  hashConcurrency?: number;
  hashQueue?: number;
  now?: () => Date;
  auth?: Auth;
  loginsPerAddress?: number;
  loginsPerAccount?: number;
}

export function userRouteOptionsFromEnv(env: NodeJS.ProcessEnv): UserRouteOptions {
  return { cryptKey: env.MAGEMIG_MAGENTO_CRYPT_KEY, hashConcurrency: positiveIntEnv(env.MAGEMIG_HASH_CONCURRENCY), hashQueue: positiveIntEnv(env.MAGEMIG_HASH_QUEUE), loginsPerAddress: positiveIntEnv(env.MAGEMIG_LOGINS_PER_ADDRESS), loginsPerAccount: positiveIntEnv(env.MAGEMIG_LOGINS_PER_ACCOUNT) };
}

// admin_user.username is varchar(40).
const username = z.string({ error: "'username' is required" }).min(1, "'username' is empty").max(40, "'username' is at most 40 characters");
const idParams = z.object({ id: z.string().regex(/^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{1,10})$/i, 'the id is a UUID or a Magento user_id') });
const loginBody = z.object({ username, password: z.string({ error: "'password' is required" }).min(1, "'password' is empty").max(1024, "'password' is at most 1024 characters") }).strict();
const READERS = ['users'];

export async function registerUserRoutes(fastify: FastifyInstance, db: Queryable, options: UserRouteOptions = {}): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const auth = options.auth ?? createAuth(null);
  const loginLimits = await loginRateLimits(fastify, {
    perAddress: options.loginsPerAddress,
    perAccount: options.loginsPerAccount,
    accountKey: (req) => `staff:${String((req.body as { username?: string } | undefined)?.username ?? '').toLowerCase()}`,
  });
  const limiter = new Limiter(options.hashConcurrency ?? 2, options.hashQueue ?? 64);
  const cryptKeys = parseCryptKeys(options.cryptKey);
  const now = options.now ?? (() => new Date());
  let settings: Promise<UserSettings> | undefined;
  const settingsOf = (): Promise<UserSettings> => (settings ??= readUserSettings(db).catch((err) => ((settings = undefined), Promise.reject(err))));
  const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema };

  app.get('/users/:id', { preHandler: auth.required, schema: { security: BEARER, summary: 'A staff user by UUID or Magento user_id, with roles and allowed resources', params: idParams, response: { 200: userSchema, ...errors } } }, async (req) => {
    const me = auth.principal(req);
    if (me.kind !== 'staff') throw new HttpError(403, 'FORBIDDEN', 'staff accounts are read with a staff token');
    const user = await userById(db, req.params.id);
    if (!(user && user.id === me.id)) auth.allow(req, { staffRoles: READERS });
    if (!user) throw new HttpError(404, 'UNKNOWN_USER', `no staff user ${req.params.id}`);
    return user;
  });

  app.get('/users', { preHandler: auth.required, schema: { security: BEARER, summary: 'Staff users by username (users or admin role)', querystring: z.object({ username }).strict(), response: { 200: z.object({ users: z.array(userSchema) }), ...errors } } }, async (req) => {
    auth.allow(req, { staffRoles: READERS });
    return { users: await usersByUsername(db, req.query.username) };
  });

  app.get('/roles', { preHandler: auth.required, schema: { security: BEARER, summary: 'The group roles (a tree by parent_id) with their rules (users or admin role)', response: { 200: z.object({ roles: z.array(roleSchema) }), ...errors } } }, async (req) => {
    auth.allow(req, { staffRoles: READERS });
    return { roles: await listRoles(db) };
  });

  app.post(
    '/users/login',
    {
      preHandler: loginLimits,
      schema: {
        summary: "Checks a staff user's password (Magento's hash formats; a legacy hash is upgraded to argon2id on success)",
        body: loginBody,
        response: { 200: loginAnswer, 400: errorSchema, 401: errorSchema, 403: errorSchema, 423: errorSchema, 429: errorSchema, 503: errorSchema },
      },
    },
    async (req) => {
      let outcome;
      try {
        outcome = await staffLogin({ db, settings: await settingsOf(), now, limiter, cryptKeys, legacyArgonV2: false }, req.body.username, req.body.password);
      } catch (err) {
        if (err instanceof LimiterFull) throw new HttpError(503, 'TOO_MANY_LOGINS', 'too many logins in progress, try again shortly');
        throw err;
      }
      switch (outcome.status) {
        case 'ok':
          return { id: outcome.id, magento_id: outcome.magentoId, username: outcome.username, password_upgraded: outcome.rehashed };
        case 'locked':
          throw new HttpError(423, 'ACCOUNT_LOCKED', `the account is locked until ${outcome.until.toISOString()}`);
        case 'no_role':
          // Magento: "More permissions are needed to access this."
          throw new HttpError(403, 'NO_ROLE', 'this account has no role: more permissions are needed');
        default:
          throw new HttpError(401, 'INVALID_CREDENTIALS', 'the account sign-in was incorrect or the account is disabled');
      }
    },
  );
}
