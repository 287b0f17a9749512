/**
 * The services' shared kit (its only door): the service module shape, import contracts, the HTTP server
 * that mounts one or several services, and the JSON error shape every route answers with.
 */
export { contractOf, table, type ServiceContract, type TableContract } from './contract.ts';
export type { ServiceContext, ServiceModule } from './service.ts';
export { AUDIENCE, BEARER, BEARER_SCHEME, createAuth, ISSUER, signToken, STAFF_ROLES, verificationKey, type Auth, type Principal } from './auth.ts';
export { isUnavailable } from './http-error.ts';
export type { Queryable } from './db.ts';
export { buildHttpServer, ERROR_SCHEMA, errorBody, HttpError, installErrorHandlers, mountService, type HttpServer, type HttpServerOptions } from './http-server.ts';
// Magento's password hashes (Magento\Framework\Encryption\Encryptor): customers and staff share the rules.
export * as passwords from './passwords/index.ts';
export {
  algorithmOf, argonHex, argonSteps, ARGON_MEM, ARGON_OPS, ARGON_SEED, CURRENT_ALGORITHM, Limiter, LimiterFull, magentoHash, needsRehash, parseCryptKeys,
  parsePasswordHash, verifyPassword, type ParsedHash, type VerifyDeps,
} from './passwords/index.ts';
export { loginRateLimits, positiveIntEnv, type LoginLimitOptions } from './login-limits.ts';
