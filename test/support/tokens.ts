/**
 * Bearer tokens for the services' tests: one Ed25519 key pair per test file, the server's Auth verifying
 * with its public half, and headers for a staff member (roles) or a customer (their UUID).
 */
import { generateKeyPairSync } from 'node:crypto';
import { createAuth, signToken, type Auth } from '../../services/kit/index.ts';

const keys = generateKeyPairSync('ed25519');
const NIL = '00000000-0000-0000-0000-000000000000';

export const testAuth = (): Auth => createAuth(keys.publicKey);

export async function staffHeaders(roles: readonly string[] = ['admin']): Promise<{ authorization: string }> {
  return { authorization: `Bearer ${await signToken(keys.privateKey, { kind: 'staff', id: NIL, roles })}` };
}

export async function customerHeaders(customerId: string): Promise<{ authorization: string }> {
  return { authorization: `Bearer ${await signToken(keys.privateKey, { kind: 'customer', id: customerId })}` };
}
