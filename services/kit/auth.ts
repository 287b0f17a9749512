/**
 * Who may read what: bearer tokens (JWTs signed with the platform's key), verified with jose. The public key
 * comes from the environment (MAGEMIG_AUTH_PUBLIC_KEY: a PEM public key, or the https URL of a JWKS), never
 * from the repository. Claims: `sub` is "customer:<customer uuid>" or "staff:<user uuid>", `roles` a staff
 * member's roles, `iss` "magemig", `aud` "magemig-services", `exp` required.
 *
 * Private routes take `auth.required` as a preHandler: a missing, expired or forged token is a 401 with its
 * own code; a valid token that may not read the record is a 403 (`auth.allow`). Without a public key every
 * private route refuses (401 AUTH_NOT_CONFIGURED): serve says so at start-up.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { JWTVerifyGetKey } from 'jose';
import { HttpError } from './http-error.ts';

export const ISSUER = 'magemig';
export const AUDIENCE = 'magemig-services';
const ALGORITHMS = ['EdDSA', 'ES256', 'ES384', 'RS256', 'PS256'];

/**
 * Staff roles (the user context gives each staff member theirs): `admin` reads everything; the others name
 * the private data they open. A route names the roles that may read it besides `admin`.
 */
export const STAFF_ROLES = ['admin', 'sales', 'customers', 'payments', 'returns', 'loyalty', 'users', 'notifications', 'support'] as const;

/** The OpenAPI security requirement of a private route (its schema's `security`). */
export const BEARER = [{ bearerAuth: [] as string[] }];
export const BEARER_SCHEME = { bearerAuth: { type: 'http' as const, scheme: 'bearer', bearerFormat: 'JWT', description: 'A JWT signed with the platform key: iss "magemig", aud "magemig-services", sub "customer:<uuid>" or "staff:<uuid>" with `roles`.' } };

export interface Principal {
  kind: 'customer' | 'staff';
  /** The customer's UUID (customer tokens) or the staff user's. */
  id: string;
  roles: string[];
}

export interface Auth {
  /** Whether a key is configured (without one, private routes refuse every request). */
  configured: boolean;
  /** preHandler of a private route: sets the request's principal or answers 401. */
  required(req: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** The request's principal (after `required`). */
  principal(req: FastifyRequest): Principal;
  /** 403 unless the principal is that customer, or staff with one of `roles` or admin (any staff when none are named). */
  allow(req: FastifyRequest, rule: { customerId?: string | null; staffRoles?: readonly string[] }): void;
}

const principals = new WeakMap<FastifyRequest, Principal>();

export function parseSubject(sub: unknown, roles: unknown): Principal {
  const m = typeof sub === 'string' ? /^(customer|staff):([0-9a-fA-F-]{36})$/.exec(sub) : null;
  if (!m) throw new HttpError(401, 'TOKEN_INVALID', "the token's subject is not a customer or a staff member");
  return { kind: m[1] as Principal['kind'], id: m[2].toLowerCase(), roles: Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [] };
}

// jose is loaded when a token is first signed or verified: the kit is imported by processes that never do
// (migrate reaches it through the services' contracts).
const loadJose = () => import('jose');

/** The key to verify with, from MAGEMIG_AUTH_PUBLIC_KEY (null: not configured). */
export function verificationKey(value: string | undefined): KeyObject | JWTVerifyGetKey | null {
  if (!value || value.trim() === '') return null;
  if (/^https?:\/\//.test(value.trim())) return remoteKeySet(new URL(value.trim()));
  try {
    return createPublicKey(value.replace(/\\n/g, '\n'));
  } catch (err) {
    throw new Error(`MAGEMIG_AUTH_PUBLIC_KEY is neither a PEM public key nor a JWKS URL (${(err as Error).message})`);
  }
}

/** jose's remote JWKS (fetched and cached by jose), created on the first verification. */
function remoteKeySet(url: URL): JWTVerifyGetKey {
  let set: Promise<JWTVerifyGetKey> | null = null;
  return async (header, token) => {
    set ??= loadJose().then((jose) => jose.createRemoteJWKSet(url));
    return (await set)(header, token);
  };
}

export function createAuth(key: KeyObject | JWTVerifyGetKey | null): Auth {
  const verify = async (token: string): Promise<Principal> => {
    const { errors, jwtVerify } = await loadJose();
    try {
      const options = { issuer: ISSUER, audience: AUDIENCE, algorithms: ALGORITHMS, requiredClaims: ['exp', 'sub'] };
      const { payload } = typeof key === 'function' ? await jwtVerify(token, key, options) : await jwtVerify(token, key as KeyObject, options);
      return parseSubject(payload.sub, payload.roles);
    } catch (err) {
      if (err instanceof HttpError) throw err;
      if (err instanceof errors.JWTExpired) throw new HttpError(401, 'TOKEN_EXPIRED', 'the token has expired');
      throw new HttpError(401, 'TOKEN_INVALID', 'the token is not valid for these services');
    }
  };
  return {
    configured: key !== null,
    async required(req) {
      if (key === null) throw new HttpError(401, 'AUTH_NOT_CONFIGURED', 'private routes need MAGEMIG_AUTH_PUBLIC_KEY on the server: none is set');
      const header = req.headers.authorization;
      const m = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
      if (!m) throw new HttpError(401, 'TOKEN_MISSING', 'this route needs a bearer token (Authorization: Bearer <jwt>)');
      principals.set(req, await verify(m[1]));
    },
    principal(req) {
      const p = principals.get(req);
      if (!p) throw new HttpError(401, 'TOKEN_MISSING', 'this route needs a bearer token');
      return p;
    },
    allow(req, rule) {
      const p = this.principal(req);
      if (p.kind === 'customer' && rule.customerId && p.id === rule.customerId.toLowerCase()) return;
      if (p.kind === 'staff' && (p.roles.includes('admin') || !rule.staffRoles?.length || rule.staffRoles.some((r) => p.roles.includes(r)))) return;
      throw new HttpError(403, 'FORBIDDEN', p.kind === 'customer' ? "a customer's token reads that customer's own records only" : 'this staff role may not read it');
    },
  };
}

/** Signs a token the services accept (magemig token, tests, scripts): EdDSA, ES256 or RS256 by the key's type. */
export async function signToken(key: KeyObject, principal: { kind: Principal['kind']; id: string; roles?: readonly string[] }, ttl: string | number = '15m'): Promise<string> {
  const alg = key.asymmetricKeyType === 'ed25519' ? 'EdDSA' : key.asymmetricKeyType === 'ec' ? 'ES256' : 'RS256';
  const { SignJWT } = await loadJose();
  return new SignJWT(principal.kind === 'staff' ? { roles: [...(principal.roles ?? [])] } : {})
    .setProtectedHeader({ alg })
    .setSubject(`${principal.kind}:${principal.id.toLowerCase()}`)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(key);
}
