/**
 * The user context's migration: the settings it honours, the group roles with their rules, then the staff
 * accounts with their credentials and user roles, into the user service (services/user). Secrets beside
 * them (reset tokens, sessions, password history, OAuth and integration tokens, two-factor secrets) are
 * counted, never read: the reconciliation lists them as not copied.
 */
import { readCount, readRows } from '../../extractors/query.ts';
import type { SourceContext } from '../../extractors/source.ts';
import { userContract as c, userService, USER_SETTING_PATHS } from '../../services/user/index.ts';
import {
  configCount, configRows, groupIds, orphanUserRoles, roleCount, roleRules, roles, secretIntegrations, secretOauthTokens, secretPasswordHistory, secretResetTokens,
  secretSessions, secretTwoFactor, userCount, userRoles, users, type SourceConfig, type SourceRole, type SourceUser,
} from '../../sql/source/user/index.ts';
import type { SqlQuery } from '../../sql/query.ts';
import { mapRoles, type RoleChildren } from '../../transforms/user/roles.ts';
import { mapUsers, mapUserSettings, type UserChildren } from '../../transforms/user/users.ts';
import { check, reconciliationOf } from '../reconcile-support.ts';
import { declaredEntity } from '../declared-entity.ts';
import type { ReconciliationRow } from '../report.ts';
import type { ContextMigration } from '../types.ts';
import { userVerify } from '../../verify/user/index.ts';

const WHOLE = 100_000;

function groupsOf(src: SourceContext): Promise<Set<number>> {
  return src.memo('user.groups', async () => new Set((await readRows(src.conn, groupIds)).map((r) => Number(r.role_id))));
}

const settings = declaredEntity<SourceConfig, undefined, object>('user', {
  entity: 'settings',
  page: configRows,
  count: configCount,
  key: { columns: ['c.config_id'], of: (r) => Number(r.config_id) },
  pageSize: WHOLE,
  params: () => ({ paths: USER_SETTING_PATHS }),
  map: (p) => mapUserSettings(p.rows),
  writes: [c.user_setting],
  primaryTable: 'user_setting',
  rowKey: (_t, row) => `path=${String(row[0])}`,
});

const rolesEntity = declaredEntity<SourceRole, Set<number>, RoleChildren>('user', {
  entity: 'roles',
  page: roles,
  count: roleCount,
  key: { columns: ['r.role_id'], of: (r) => Number(r.role_id) },
  pageSize: WHOLE,
  children: { rules: { query: roleRules, by: 'range' } },
  lookups: [groupIds],
  prepare: groupsOf,
  map: (p, groups) => mapRoles(p.rows, p.children, groups),
  writes: [c.staff_role, c.staff_role_rule],
  primaryTable: 'staff_role',
});

/** The secrets beside the accounts, by the table that holds them (a table this Magento lacks holds none). */
const SECRETS: ReadonlyArray<[what: string, table: string, query: SqlQuery<{ n: number }>]> = [
  ['password reset tokens (admin_user.rp_token)', 'admin_user', secretResetTokens],
  ['admin sessions (admin_user_session)', 'admin_user_session', secretSessions],
  ['previous password hashes (admin_passwords)', 'admin_passwords', secretPasswordHistory],
  ['OAuth tokens (oauth_token)', 'oauth_token', secretOauthTokens],
  ['integrations and their consumer keys (integration)', 'integration', secretIntegrations],
  ['two-factor secrets (tfa_user_config): staff re-enrol their second factors', 'tfa_user_config', secretTwoFactor],
];

/** Each secret's count (0 where the table is absent), for the report and the reconciliation. */
async function secretCounts(src: SourceContext): Promise<Array<[string, string, number]>> {
  return src.memo('user.secrets', async () => {
    const out: Array<[string, string, number]> = [];
    for (const [what, table, q] of SECRETS) out.push([what, table, src.schema.hasTable(table) ? await readCount(src.conn, q) : 0]);
    return out;
  });
}

const usersEntity = declaredEntity<SourceUser, { groups: Set<number>; secrets: Array<[string, string, number]> }, UserChildren>('user', {
  entity: 'users',
  page: users,
  count: userCount,
  key: { columns: ['u.user_id'], of: (r) => Number(r.user_id) },
  children: { roles: { query: userRoles, by: 'range' } },
  lookups: [groupIds, orphanUserRoles, ...SECRETS.map(([, , q]) => q)],
  prepare: async (src) => ({ groups: await groupsOf(src), secrets: await secretCounts(src) }),
  map: (p, ctx) => {
    const mapped = mapUsers(p.rows, p.children, ctx.groups);
    // The run's secret counts, once (the first page of a walk from the start).
    if (p.first) for (const [, table, n] of ctx.secrets) if (n > 0 && table !== 'admin_user') mapped.stats![`not_copied.${table}`] = n;
    return mapped;
  },
  writes: [c.staff_user, c.staff_credentials, c.staff_user_role],
  primaryTable: 'staff_user',
});

export const userMigration: ContextMigration = {
  name: 'user',
  service: userService,
  entities: [settings, rolesEntity, usersEntity],
  verify: userVerify,
  async reconcile({ entities, target, src }) {
    if (!target) return undefined;
    const rows: ReconciliationRow[] = [];
    const by = new Map(entities.map((e) => [e.entity, e]));
    const count = async (sql: string): Promise<number> => Number((await target.query(sql)).rows[0].n);
    const users = by.get('users');
    rows.push(check('staff users', 'count', 'all', users?.sourceCount ?? 0, await count('SELECT count(*)::int AS n FROM staff_user'), users?.rejected ?? 0));
    const roleReport = by.get('roles');
    rows.push(check('group roles', 'count', 'all', roleReport?.sourceCount ?? 0, await count('SELECT count(*)::int AS n FROM staff_role'), roleReport?.rejected ?? 0));
    const notes: string[] = [];
    for (const [what, table, n] of await secretCounts(src)) {
      // Withheld by design: the source's count, nothing in the target, all of it "rejected" as not copied.
      rows.push(check(`not copied: ${what}`, 'count', 'all', n, 0, n));
      if (!src.schema.hasTable(table)) notes.push(`${table} is absent from this source: none to leave behind`);
    }
    const orphans = await readCount(src.conn, orphanUserRoles);
    if (orphans > 0) notes.push(`${orphans} user role(s) of admin users that no longer exist, not loaded`);
    return reconciliationOf(rows, notes);
  },
};
