/**
 * POST /customers/login, as Magento\Customer\Model\AccountManagement::authenticate() and
 * Magento\Customer\Model\Authentication decide it:
 *  1. the account is found by e-mail, within the website when accounts are shared per website
 *     (Magento\Customer\Model\Config\Share), anywhere when they are global;
 *  2. a locked account (lock_expires in the future) is refused before its password is checked, nothing counted;
 *  3. a wrong password counts a failure (processAuthenticationFailure: the counter restarts at 1 on the first
 *     failure or after an expired lock; the lockout_failures-th failure locks for lockout_threshold minutes),
 *     and the answer says locked if that failure locked it;
 *  4. a right password of an unconfirmed account, where the website requires confirmation, is refused
 *     (EmailNotConfirmedException), nothing counted;
 *  5. success resets the counter (CustomerLoginSuccessObserver -> unlock) and, for a hash that is not
 *     Magento's current format, stores a fresh one (UpgradeCustomerPasswordObserver), in one UPDATE: one
 *     transaction, and a concurrent login that re-hashed first is not overwritten.
 * An unknown e-mail gets the same answer as a wrong password, after the same work: every attempt computes
 * argon2 at least once (a dummy one where the stored format needs none), so the time does not tell either.
 */
import { algorithmOf, argonHex, argonSteps, ARGON_MEM, ARGON_OPS, ARGON_SEED, CURRENT_ALGORITHM, magentoHash, needsRehash, parsePasswordHash, verifyPassword, type VerifyDeps } from '../../kit/index.ts';
import { emailKey, type Queryable, type Settings, type WebsiteRef } from '../repository.ts';

export interface LoginDeps extends VerifyDeps {
  db: Queryable;
  settings: Settings;
  now: () => Date;
}

export type LoginOutcome =
  | { status: 'ok'; id: string; magentoId: number; websiteMagentoId: number | null; rehashed: boolean }
  | { status: 'invalid' }
  | { status: 'locked'; until: Date }
  | { status: 'unconfirmed' };

interface Account {
  id: string;
  magento_id: string;
  website_magento_id: number | null;
  confirmed: boolean;
  password_hash: string | null;
  lock_expires: Date | null;
}

const DUMMY_SALT = 'magemig-dummy-verification-salt!';

/** The same argon2 work a real verification does, for attempts that would otherwise answer sooner. */
function dummyArgon(deps: LoginDeps, password: string): Promise<string> {
  return argonHex(deps.limiter, password, DUMMY_SALT, ARGON_SEED, ARGON_OPS, ARGON_MEM);
}

export async function login(deps: LoginDeps, email: string, password: string, website: WebsiteRef): Promise<LoginOutcome> {
  const perWebsite = deps.settings.shareScope === 1;
  const { rows } = await deps.db.query<Account>(
    `SELECT c.id, c.magento_id, c.website_magento_id, c.confirmed, cr.password_hash, cr.lock_expires
       FROM customer c JOIN customer_credentials cr ON cr.customer_id = c.id
      WHERE c.email_key = $1 ${perWebsite ? 'AND c.website_magento_id = $2' : ''}
      ORDER BY c.magento_id LIMIT 1`,
    perWebsite ? [emailKey(email), website.magento_id] : [emailKey(email)],
  );
  const account = rows[0];
  if (!account) {
    await dummyArgon(deps, password);
    return { status: 'invalid' };
  }
  const now = deps.now();
  if (account.lock_expires && account.lock_expires > now) return { status: 'locked', until: account.lock_expires };

  const format = parsePasswordHash(account.password_hash);
  const parsed = format?.ok ? format.parsed : null;
  const ok = parsed ? await verifyPassword(password, parsed, deps) : false;
  if (!ok) {
    if (!parsed || argonSteps(parsed) === 0) await dummyArgon(deps, password);
    const lockedUntil = await countFailure(deps, account.id, now);
    return lockedUntil && lockedUntil > now ? { status: 'locked', until: lockedUntil } : { status: 'invalid' };
  }
  if (!account.confirmed && deps.settings.confirmRequired(account.website_magento_id)) return { status: 'unconfirmed' };

  const rehash = parsed && needsRehash(parsed) ? await magentoHash(password, deps.limiter) : null;
  if (!rehash && parsed && argonSteps(parsed) === 0) await dummyArgon(deps, password);
  const { rows: done } = await deps.db.query<{ rehashed: boolean }>(
    `UPDATE customer_credentials SET failures_num = 0, first_failure = NULL, lock_expires = NULL, last_login_at = $2,
            password_hash = CASE WHEN $3::text IS NOT NULL AND password_hash = $4 THEN $3 ELSE password_hash END,
            password_algorithm = CASE WHEN $3::text IS NOT NULL AND password_hash = $4 THEN $5 ELSE password_algorithm END,
            password_upgraded_at = CASE WHEN $3::text IS NOT NULL AND password_hash = $4 THEN $2 ELSE password_upgraded_at END
      WHERE customer_id = $1
      RETURNING $3::text IS NOT NULL AND password_hash = $3 AS rehashed`,
    [account.id, now, rehash, account.password_hash, CURRENT_ALGORITHM],
  );
  return { status: 'ok', id: account.id, magentoId: Number(account.magento_id), websiteMagentoId: account.website_magento_id, rehashed: done[0]?.rehashed ?? false };
}

/** Authentication::processAuthenticationFailure in one statement; returns lock_expires after it. */
async function countFailure(deps: LoginDeps, customerId: string, now: Date): Promise<Date | null> {
  const { lockoutFailures: max, lockoutThresholdMinutes: minutes } = deps.settings;
  // Either setting 0 (or unset): Magento counts nothing.
  if (!(max && minutes)) return null;
  const restart = 'failures_num + 1 = 1 OR first_failure IS NULL OR (lock_expires IS NOT NULL AND $2 > lock_expires)';
  const { rows } = await deps.db.query<{ lock_expires: Date | null }>(
    `UPDATE customer_credentials SET
            failures_num = CASE WHEN ${restart} THEN 1 ELSE LEAST(failures_num + 1, 32767) END,
            first_failure = CASE WHEN ${restart} THEN $2 ELSE first_failure END,
            lock_expires = CASE WHEN ${restart} THEN NULL
                                WHEN failures_num + 1 >= $3 THEN $2::timestamptz + make_interval(secs => $4)
                                ELSE lock_expires END
      WHERE customer_id = $1
      RETURNING lock_expires`,
    [customerId, now, max, minutes * 60],
  );
  return rows[0]?.lock_expires ?? null;
}

/** The name of a stored hash's format, for answers and reports (never the hash). */
export function algorithmName(stored: string | null): string | null {
  const r = parsePasswordHash(stored);
  return r?.ok ? algorithmOf(r.parsed) : null;
}
