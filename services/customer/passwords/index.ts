/** The password rules of the customer service, as one namespace (re-exported by the service's index.ts). */
export { algorithmOf, argonSteps, CURRENT_ALGORITHM, CURRENT_VERSION, needsRehash, parsePasswordHash, type HashStep, type ParsedHash, type ParseResult } from './format.ts';
export { Limiter, LimiterFull } from './limiter.ts';
export { argonHex, argonSalt, magentoHash, parseCryptKeys, verifyPassword, type VerifyDeps } from './verify.ts';
