/**
 * The user context's verification: staff accounts (every username; on a sample their names, e-mail and
 * whether they may sign in: never a password hash or token) and group roles (every role name; on a sample their place in the tree).
 */
import * as q from '../../sql/verify/user/index.ts';
import { tableVerifier } from '../table.ts';
import type { ContextVerify } from '../types.ts';

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

const roles = tableVerifier({
  entity: 'roles',
  sourceKeys: q.rolesKeys,
  targetKeys: q.targetRolesKeys,
  // A nameless role loads as "role <id>" (transforms/user/roles.ts): both sides keyed by id then.
  keySets: [{ name: 'role name', key: (r) => (r.name === null || r.name === undefined ? `role ${str(r.id)}` : str(r.name)) }],
  label: (r) => `role_id=${str(r.id)}`,
  fields: [{ source: q.roleFields, target: q.targetRoleFields }],
  sampleFrom: 'staff_role',
});

const users = tableVerifier({
  entity: 'users',
  sourceKeys: q.usersKeys,
  targetKeys: q.targetUsersKeys,
  // An account without a username is rejected as a whole (it cannot sign in): in no set.
  keySets: [{ name: 'username', key: (r) => (str(r.username).trim() === '' ? null : str(r.username)) }],
  label: (r) => `username=${str(r.username)}`,
  fields: [{ source: q.userFields, target: q.targetUserFields }],
  sampleFrom: 'staff_user',
});

export const userVerify: ContextVerify = { entities: [roles, users] };
