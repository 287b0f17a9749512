/** Typed names of the user context's source queries (sql/source/user/*.sql) and their rows. */
import { defineQuery } from '../../query.ts';

export type CountRow = { n: number };

export interface SourceUser {
  user_id: number;
  firstname: string | null;
  lastname: string | null;
  email: string | null;
  username: string | null;
  password: string;
  created: string | null;
  modified: string | null;
  logdate: string | null;
  lognum: number;
  is_active: number;
  interface_locale: string | null;
  failures_num: number | null;
  first_failure: string | null;
  lock_expires: string | null;
  has_rp_token: number;
}
export interface SourceUserRole { role_id: number; parent_id: number; user_id: number }
export interface SourceRole { role_id: number; parent_id: number; tree_level: number; sort_order: number; role_name: string | null }
export interface SourceRule { rule_id: number; role_id: number; resource_id: string | null; privileges: string | null; permission: string | null }
export interface SourceConfig { config_id: number; scope: string; scope_id: number; path: string; value: string | null }

export const users = defineQuery<SourceUser>('source/user/users');
export const userCount = defineQuery<CountRow>('source/user/user-count');
export const userRoles = defineQuery<SourceUserRole>('source/user/user-roles');
export const roles = defineQuery<SourceRole>('source/user/roles');
export const roleCount = defineQuery<CountRow>('source/user/role-count');
export const roleRules = defineQuery<SourceRule>('source/user/role-rules');
export const groupIds = defineQuery<{ role_id: number }>('source/user/group-ids');
export const configRows = defineQuery<SourceConfig>('source/user/config');
export const configCount = defineQuery<CountRow>('source/user/config-count');
export const orphanUserRoles = defineQuery<CountRow>('source/user/orphan-user-roles');
export const secretResetTokens = defineQuery<CountRow>('source/user/secret-reset-tokens');
export const secretSessions = defineQuery<CountRow>('source/user/secret-sessions');
export const secretPasswordHistory = defineQuery<CountRow>('source/user/secret-password-history');
export const secretOauthTokens = defineQuery<CountRow>('source/user/secret-oauth-tokens');
export const secretIntegrations = defineQuery<CountRow>('source/user/secret-integrations');
export const secretTwoFactor = defineQuery<CountRow>('source/user/secret-two-factor');
