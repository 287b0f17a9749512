/** Magento's password rules, shared by the services that keep Magento's hashes (customer, user); re-exported by the kit's index.ts. */
export { algorithmOf, argonSteps, ARGON_MEM, ARGON_OPS, ARGON_SEED, CURRENT_ALGORITHM, CURRENT_VERSION, needsRehash, parsePasswordHash, type HashStep, type ParsedHash, type ParseResult } from './format.ts';
export { Limiter, LimiterFull } from './limiter.ts';
export { argonHex, argonSalt, magentoHash, parseCryptKeys, verifyPassword, type VerifyDeps } from './verify.ts';
