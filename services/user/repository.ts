/**
 * Reads of the user service's database for its routes: settings, staff users with their roles and allowed
 * resources, the role tree. Never a password hash: a user's password shows as its algorithm's name.
 */
import type { Queryable } from '../kit/index.ts';

/** The settings the service honours (Magento_User / Magento_Backend etc/config.xml defaults when unset). */
export const USER_SETTING_PATHS = ['admin/security/lockout_failures', 'admin/security/lockout_threshold', 'admin/security/use_case_sensitive_login'];
const DEFAULTS: Record<string, string> = { 'admin/security/lockout_failures': '6', 'admin/security/lockout_threshold': '30', 'admin/security/use_case_sensitive_login': '0' };

export interface UserSettings {
  /** Magento\User\Model\Backend\Config\ObserverConfig::getMaxFailures / getAdminLockThreshold (minutes); either 0: no lockout. */
  lockoutFailures: number;
  lockoutThresholdMinutes: number;
  /** Magento\User\Model\User::authenticate: the username must match exactly when set. */
  caseSensitiveLogin: boolean;
}

export async function readUserSettings(db: Queryable): Promise<UserSettings> {
  const { rows } = await db.query<{ path: string; value: string | null }>('SELECT path, value FROM user_setting');
  const value = (p: string): string => rows.find((r) => r.path === p)?.value ?? DEFAULTS[p];
  const int = (p: string): number => {
    const n = Number.parseInt(value(p), 10);
    return Number.isFinite(n) && n > 0 ? n : 0;
  };
  return { lockoutFailures: int(USER_SETTING_PATHS[0]), lockoutThresholdMinutes: int(USER_SETTING_PATHS[1]), caseSensitiveLogin: value(USER_SETTING_PATHS[2]) === '1' };
}

export interface RoleView {
  id: string;
  magento_id: number;
  name: string;
  parent_id: string | null;
  parent_magento_id: number | null;
  tree_level: number;
  sort_order: number;
  rules: Array<{ resource: string; permission: 'allow' | 'deny' }>;
  users: number;
}

interface RoleRow extends Omit<RoleView, 'rules' | 'users'> {
  rules: RoleView['rules'] | null;
  users: number;
}

export async function listRoles(db: Queryable): Promise<RoleView[]> {
  const { rows } = await db.query<RoleRow>(`SELECT r.id, r.magento_id, r.name, r.parent_id, NULLIF(r.parent_magento_id, 0) AS parent_magento_id, r.tree_level, r.sort_order,
      (SELECT json_agg(json_build_object('resource', u.resource_id, 'permission', u.permission) ORDER BY u.magento_id) FROM staff_role_rule u WHERE u.role_id = r.id) AS rules,
      (SELECT count(*)::int FROM staff_user_role ur WHERE ur.role_id = r.id) AS users
    FROM staff_role r ORDER BY r.magento_id`);
  return rows.map((r) => ({ ...r, rules: r.rules ?? [] }));
}

/**
 * What a user may do, as Magento's ACL decides it (Magento\Authorization\Model\Acl\Loader\Role adds each
 * user role under its group and each group under its parent; Loader\Rule allows or denies resources per
 * role; Laminas ACL lets the nearest role's decision win). The resource tree itself lives in Magento's
 * acl.xml files, not in the database: an allowed parent resource also opens its children there.
 */
export function allowedResources(chain: readonly RoleView[]): { all: boolean; allowed: string[]; denied: string[] } {
  const decided = new Map<string, 'allow' | 'deny'>();
  for (const role of chain) for (const rule of role.rules) if (!decided.has(rule.resource)) decided.set(rule.resource, rule.permission);
  const allowed = [...decided].filter(([, p]) => p === 'allow').map(([r]) => r).sort();
  const denied = [...decided].filter(([, p]) => p === 'deny').map(([r]) => r).sort();
  return { all: decided.get('Magento_Backend::all') === 'allow', allowed, denied };
}

/** A role and its ancestors, nearest first (a cycle in bad data stops at the first repeat). */
export function roleChain(role: RoleView, byId: ReadonlyMap<string, RoleView>): RoleView[] {
  const out: RoleView[] = [];
  const seen = new Set<string>();
  for (let r: RoleView | undefined = role; r && !seen.has(r.id); r = r.parent_id ? byId.get(r.parent_id) : undefined) {
    seen.add(r.id);
    out.push(r);
  }
  return out;
}

export interface UserView {
  id: string;
  magento_id: number;
  username: string;
  firstname: string | null;
  lastname: string | null;
  email: string | null;
  is_active: boolean;
  interface_locale: string | null;
  created_at: string | null;
  modified_at: string | null;
  last_login_at: string | null;
  login_count: number;
  lock: { failures: number; locked_until: string | null };
  password: { algorithm: string | null; upgraded_at: string | null };
  roles: Array<{ id: string; magento_id: number; name: string; path: string[] }>;
  resources: { all: boolean; allowed: string[]; denied: string[] };
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

async function usersWhere(db: Queryable, where: string, params: unknown[]): Promise<UserView[]> {
  const { rows } = await db.query<{
    id: string; magento_id: number; username: string; firstname: string | null; lastname: string | null; email: string | null; is_active: boolean; interface_locale: string | null;
    created_at: Date | null; modified_at: Date | null; last_login_at: Date | null; login_count: number; failures_num: number; lock_expires: Date | null;
    password_algorithm: string | null; password_upgraded_at: Date | null; role_ids: string[] | null;
  }>(`SELECT u.id, u.magento_id, u.username, u.firstname, u.lastname, u.email, u.is_active, u.interface_locale, u.created_at, u.modified_at, u.last_login_at, u.login_count,
        c.failures_num, c.lock_expires, c.password_algorithm, c.password_upgraded_at,
        (SELECT array_agg(ur.role_id::text ORDER BY ur.magento_id) FROM staff_user_role ur WHERE ur.user_id = u.id) AS role_ids
      FROM staff_user u JOIN staff_credentials c ON c.user_id = u.id WHERE ${where} ORDER BY u.magento_id`, params);
  if (rows.length === 0) return [];
  const roles = await listRoles(db);
  const byId = new Map(roles.map((r) => [r.id, r]));
  return rows.map((u) => {
    const mine = (u.role_ids ?? []).map((id) => byId.get(id)).filter((r): r is RoleView => r !== undefined);
    const chains = mine.map((r) => roleChain(r, byId));
    return {
      id: u.id, magento_id: u.magento_id, username: u.username, firstname: u.firstname, lastname: u.lastname, email: u.email, is_active: u.is_active,
      interface_locale: u.interface_locale, created_at: iso(u.created_at), modified_at: iso(u.modified_at), last_login_at: iso(u.last_login_at), login_count: u.login_count,
      lock: { failures: u.failures_num, locked_until: iso(u.lock_expires) },
      password: { algorithm: u.password_algorithm, upgraded_at: iso(u.password_upgraded_at) },
      roles: mine.map((r, i) => ({ id: r.id, magento_id: r.magento_id, name: r.name, path: chains[i].map((x) => x.name).reverse() })),
      resources: allowedResources(chains.flat()),
    };
  });
}

export async function userById(db: Queryable, id: string): Promise<UserView | null> {
  const byUuid = id.includes('-');
  return (await usersWhere(db, byUuid ? 'u.id = $1' : 'u.magento_id = $1', [byUuid ? id.toLowerCase() : Number(id)]))[0] ?? null;
}

export async function usersByUsername(db: Queryable, username: string): Promise<UserView[]> {
  return usersWhere(db, 'u.username_key = $1', [username.toLowerCase()]);
}
