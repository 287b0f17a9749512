/**
 * POST /users/login, as Magento\User\Model\User::authenticate() and its observer decide it:
 *  1. the account is found by username (MySQL's case-insensitive collation; exactly when
 *     admin/security/use_case_sensitive_login is set);
 *  2. verifyIdentity: the password is checked first; a right password of an inactive account, or of an account
 *     with no role (ResourceModel\User::hasAssigned2Role), is refused with nothing counted;
 *  3. Magento\User\Observer\Backend\AuthObserver: a wrong password counts a failure (the counter restarts at 1
 *     on the first failure or when the first failure is older than the lock threshold; the lockout_failures-th
 *     failure locks for lockout_threshold minutes); then an account whose lock_expires is in the future is
 *     refused, whatever the password;
 *  4. success unlocks (ResourceModel\User::unlock), records the login (recordLogin: logdate, lognum + 1) and,
 *     for a hash that is not Magento's current format, stores a fresh one (validateHashVersion), in one UPDATE.
 * An unknown username gets the answer of a wrong password after the same argon2 work (services/kit/passwords).
 */
import {
  argonHex, argonSteps, ARGON_MEM, ARGON_OPS, ARGON_SEED, CURRENT_ALGORITHM, magentoHash, needsRehash, parsePasswordHash, verifyPassword, type Queryable, type VerifyDeps,
} from '../kit/index.ts';
import type { UserSettings } from './repository.ts';

export interface LoginDeps extends VerifyDeps {
  db: Queryable;
  settings: UserSettings;
  now: () => Date;
}

export type LoginOutcome =
  | { status: 'ok'; id: string; magentoId: number; username: string; rehashed: boolean }
  | { status: 'invalid' }
  | { status: 'locked'; until: Date }
  | { status: 'no_role' };

interface Account {
  id: string;
  magento_id: number;
  username: string;
  is_active: boolean;
  password_hash: string | null;
  failures_num: number;
  first_failure: Date | null;
  lock_expires: Date | null;
  has_role: boolean;
}

const DUMMY_SALT = 'magemig-dummy-staff-verification';
const dummyArgon = (deps: LoginDeps, password: string): Promise<string> => argonHex(deps.limiter, password, DUMMY_SALT, ARGON_SEED, ARGON_OPS, ARGON_MEM);

export async function staffLogin(deps: LoginDeps, username: string, password: string): Promise<LoginOutcome> {
  const { rows } = await deps.db.query<Account>(
    `SELECT u.id, u.magento_id, u.username, u.is_active, c.password_hash, c.failures_num, c.first_failure, c.lock_expires,
            EXISTS (SELECT 1 FROM staff_user_role ur WHERE ur.user_id = u.id) AS has_role
       FROM staff_user u JOIN staff_credentials c ON c.user_id = u.id WHERE u.username_key = $1`,
    [username.toLowerCase()],
  );
  const account = rows.find((a) => !deps.settings.caseSensitiveLogin || a.username === username);
  if (!account) {
    await dummyArgon(deps, password);
    return { status: 'invalid' };
  }
  const format = parsePasswordHash(account.password_hash);
  const parsed = format?.ok ? format.parsed : null;
  const ok = parsed ? await verifyPassword(password, parsed, deps) : false;
  if (!parsed || argonSteps(parsed) === 0) await dummyArgon(deps, password);
  const now = deps.now();
  if (ok && !account.is_active) return { status: 'invalid' };
  if (ok && !account.has_role) return { status: 'no_role' };
  let lockExpires = account.lock_expires;
  if (!ok) lockExpires = await countFailure(deps, account.id, now);
  if (lockExpires && lockExpires > now) return { status: 'locked', until: lockExpires };
  if (!ok) return { status: 'invalid' };

  const rehash = parsed && needsRehash(parsed) ? await magentoHash(password, deps.limiter) : null;
  const { rows: done } = await deps.db.query<{ rehashed: boolean }>(
    `WITH c AS (
       UPDATE staff_credentials SET failures_num = 0, first_failure = NULL, lock_expires = NULL,
              password_hash = CASE WHEN $3::text IS NOT NULL AND password_hash = $4 THEN $3 ELSE password_hash END,
              password_algorithm = CASE WHEN $3::text IS NOT NULL AND password_hash = $4 THEN $5 ELSE password_algorithm END,
              password_upgraded_at = CASE WHEN $3::text IS NOT NULL AND password_hash = $4 THEN $2 ELSE password_upgraded_at END
        WHERE user_id = $1 RETURNING $3::text IS NOT NULL AND password_hash = $3 AS rehashed),
     u AS (UPDATE staff_user SET last_login_at = $2, login_count = login_count + 1 WHERE id = $1)
     SELECT rehashed FROM c`,
    [account.id, now, rehash, account.password_hash, CURRENT_ALGORITHM],
  );
  return { status: 'ok', id: account.id, magentoId: account.magento_id, username: account.username, rehashed: done[0]?.rehashed ?? false };
}

/** AuthObserver::_updateLockingInformation + ResourceModel\User::updateFailure in one statement; returns lock_expires after it. */
async function countFailure(deps: LoginDeps, userId: string, now: Date): Promise<Date | null> {
  const { lockoutFailures: max, lockoutThresholdMinutes: minutes } = deps.settings;
  if (!(max && minutes)) {
    const { rows } = await deps.db.query<{ lock_expires: Date | null }>('SELECT lock_expires FROM staff_credentials WHERE user_id = $1', [userId]);
    return rows[0]?.lock_expires ?? null;
  }
  const restart = `failures_num + 1 = 1 OR first_failure IS NULL OR $2 - first_failure > make_interval(secs => $4)`;
  const { rows } = await deps.db.query<{ lock_expires: Date | null }>(
    `UPDATE staff_credentials SET
            failures_num = CASE WHEN ${restart} THEN 1 ELSE LEAST(failures_num + 1, 32767) END,
            first_failure = CASE WHEN ${restart} THEN $2 ELSE first_failure END,
            lock_expires = CASE WHEN ${restart} THEN lock_expires
                                WHEN failures_num + 1 >= $3 THEN $2::timestamptz + make_interval(secs => $4)
                                ELSE lock_expires END
      WHERE user_id = $1
      RETURNING lock_expires`,
    [userId, now, max, minutes * 60],
  );
  return rows[0]?.lock_expires ?? null;
}
