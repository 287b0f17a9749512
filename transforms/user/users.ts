/**
 * Magento's admin users (admin_user) onto the user service: the account, its credentials (the password hash
 * kept as Magento stored it and its format named, with services/kit's password rules, as customers'; the
 * lockout state), and its user role under its group role. Never copied: rp_token (counted), and nothing
 * else of admin_user is a secret. Rejects:
 *  - NO_USERNAME: an account without a username cannot sign in or be looked up (entity);
 *  - NUL_BYTE / ZERO_DATE: a value Postgres cannot hold, that value dropped (value);
 *  - UNKNOWN_PASSWORD_FORMAT: a hash no Magento could verify: the account loads without a usable password (value);
 *  - ROLE_MISSING: a user role whose group role is not in the source: the user loads without it (value).
 * Pure.
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { algorithmOf, parsePasswordHash } from '../../services/kit/index.ts';
import { userContract as c } from '../../services/user/index.ts';
import type { SourceUser, SourceUserRole } from '../../sql/source/user/index.ts';
import { dateValue, hasNul } from '../values.ts';
import { roleUuid } from './roles.ts';

export interface UserChildren {
  roles: SourceUserRole[];
}

export const userUuid = (userId: number): string => entityUuid('staff_user', userId);

export function mapUsers(rows: readonly SourceUser[], children: Partial<UserChildren>, groups: ReadonlySet<number>): Mapped {
  const users: unknown[][] = [];
  const credentials: unknown[][] = [];
  const links: unknown[][] = [];
  const rejects: Reject[] = [];
  const stats: Record<string, number> = {};
  const inc = (k: string): void => void (stats[k] = (stats[k] ?? 0) + 1);
  const loaded = new Set<number>();
  for (const r of rows) {
    const id = Number(r.user_id);
    const key = `user_id=${id}`;
    if (!r.username || r.username.trim() === '') {
      rejects.push({ sourceKey: key, reason: 'NO_USERNAME', detail: 'an admin user without a username cannot sign in' });
      continue;
    }
    const text = (column: string, v: string | null): string | null => {
      if (!hasNul(v)) return v;
      rejects.push({ sourceKey: `${key},column=${column}`, reason: 'NUL_BYTE', detail: 'Postgres text cannot hold NUL' });
      return null;
    };
    const ts = (column: string, v: string | null): string | null => dateValue('timestamp', v, key, column, rejects);
    if (hasNul(r.username)) {
      rejects.push({ sourceKey: `${key},column=username`, reason: 'NUL_BYTE', detail: 'Postgres text cannot hold NUL' });
      continue;
    }
    loaded.add(id);
    const uuid = userUuid(id);
    users.push([
      uuid, id, text('firstname', r.firstname), text('lastname', r.lastname), text('email', r.email), r.username, r.username.toLowerCase(), Number(r.is_active) === 1,
      r.interface_locale, ts('created', r.created), ts('modified', r.modified), ts('logdate', r.logdate), Number(r.lognum ?? 0),
    ]);
    const parsed = parsePasswordHash(r.password);
    let hash: string | null = null;
    let algorithm: string | null = null;
    if (parsed === null) inc('password.none');
    else if (!parsed.ok) {
      rejects.push({ sourceKey: `${key},column=password`, reason: 'UNKNOWN_PASSWORD_FORMAT', detail: parsed.problem });
      inc('password.unknown_format');
    } else {
      hash = r.password;
      algorithm = algorithmOf(parsed.parsed);
      inc(`password.format=${algorithm}`);
    }
    if (Number(r.has_rp_token) === 1) inc('not_copied.rp_token');
    credentials.push([uuid, hash, algorithm, algorithm, Number(r.failures_num ?? 0), ts('first_failure', r.first_failure), ts('lock_expires', r.lock_expires)]);
  }
  for (const link of children.roles ?? []) {
    const user = Number(link.user_id);
    if (!loaded.has(user)) continue;
    const group = Number(link.parent_id);
    if (!groups.has(group)) {
      rejects.push({ sourceKey: `role_id=${link.role_id}`, reason: 'ROLE_MISSING', detail: `user ${user}'s role names group role ${group}, which does not exist` });
      continue;
    }
    links.push([userUuid(user), roleUuid(group), Number(link.role_id)]);
  }
  const withRole = new Set(links.map((l) => l[0]));
  for (const u of users) if (!withRole.has(u[0])) inc('users.without_role');
  return {
    loadedRows: users.length,
    tables: {
      [c.staff_user.table]: { columns: c.staff_user.columns, rows: users },
      [c.staff_credentials.table]: { columns: c.staff_credentials.columns, rows: credentials },
      [c.staff_user_role.table]: { columns: c.staff_user_role.columns, rows: links },
    },
    rejects,
    stats,
    ids: users.map((u) => ['staff_user', u[1] as number, u[0] as string]),
  };
}

/** admin/security/* rows -> user_setting. */
export function mapUserSettings(rows: ReadonlyArray<{ path: string; value: string | null }>): Mapped {
  return { loadedRows: rows.length, tables: { [c.user_setting.table]: { columns: c.user_setting.columns, rows: rows.map((r) => [r.path, r.value]) } }, rejects: [] };
}
