/**
 * Login rate limits shared by every service with a login route (customer, user): a guessing client is slowed by
 * its address, a targeted account by its key (e-mail and website, username), whatever the address. Built on
 * @fastify/rate-limit's `createRateLimit`, checked in one preHandler so that both limits count every attempt (the
 * plugin's own route hook would stop at a route's first limiter).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './http-error.ts';

export interface LoginLimitOptions {
  /** Attempts per minute from one client address (default 120) and for one account (default 30). */
  perAddress?: number;
  perAccount?: number;
  /** The account an attempt is for, from its body. */
  accountKey(req: FastifyRequest): string;
}

/** Registers the plugin (not global) on this scope and answers the preHandler of the login route: 429 TOO_MANY_LOGINS with Retry-After. */
export async function loginRateLimits(fastify: FastifyInstance, opts: LoginLimitOptions): Promise<(req: FastifyRequest) => Promise<void>> {
  // Loaded with the routes that use it (the kit is imported by processes that never serve).
  const { default: rateLimit } = await import('@fastify/rate-limit');
  await fastify.register(rateLimit, { global: false });
  const limits = [
    { what: 'from this address', check: fastify.createRateLimit({ max: opts.perAddress ?? 120, timeWindow: 60_000, keyGenerator: (req) => `address:${req.ip}` }) },
    { what: 'for this account', check: fastify.createRateLimit({ max: opts.perAccount ?? 30, timeWindow: 60_000, keyGenerator: (req) => `account:${opts.accountKey(req)}` }) },
  ];
  return async (req) => {
    for (const { what, check } of limits) {
      const r = await check(req);
      if (!r.isAllowed && r.isExceeded) throw new HttpError(429, 'TOO_MANY_LOGINS', `too many login attempts ${what}: try again in ${r.ttlInSeconds} s`, Math.max(1, r.ttlInSeconds));
    }
  };
}

/** A positive integer from the environment, or undefined (unset, empty or not a positive integer). */
export function positiveIntEnv(v: string | undefined): number | undefined {
  return v && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : undefined;
}
