/**
 * Staff of a generated store: admin users, the role tree (authorization_role: group roles G, one user role U
 * per user pointing at its group, as Magento\User\Model\ResourceModel\User::_createUserRole writes it) and the
 * rules of each group (authorization_rule, one row per resource, allow or deny), plus the secrets that sit
 * beside them and must never be copied: reset tokens, sessions, password history, OAuth tokens, an
 * integration, two-factor configurations.
 *
 * Every user's password is staffPassword(user_id), hashed sha256(salt . password):salt:1 (Magento 2.1-2.3's
 * default), except user 1 whose hash is Magento 2.4's argon2id 3_32_2_67108864 of STAFF_ARGON_PASSWORD.
 * Planted cases (counted by expectedStaff): one inactive user, one locked until 2037 (TIMESTAMP's range ends in 2038), one with a reset token,
 * one without a role (Magento refuses its login), one user role whose user was deleted.
 */
import { insertRows, run, type SeedContext } from '../session.ts';

/** A known Magento 2.4.2+ hash (the v3 vector of test/customer/fixtures/passwords-vectors.json) and its password. */
export const STAFF_ARGON_PASSWORD = 'Tr0ub4dor&3';
const ARGON_HASH = 'f8f7a328f98e123253c0393bb024c2a0d248bc569806c6833dce094334b93c8f:QxLUF1bgIAdeQX8PQhQrVvTQ5rE1NGOy:3_32_2_67108864';

export const staffPassword = (userId: number): string => (userId === 1 ? STAFF_ARGON_PASSWORD : `Staff#${userId}-secret`);

/** [role_id, parent_id, name, rules: [resource, permission][]]: group roles; 5 is a sub-role of 4. */
export const STAFF_GROUPS: ReadonlyArray<[number, number, string, ReadonlyArray<[string, 'allow' | 'deny']>]> = [
  [1, 0, 'Administrators', [['Magento_Backend::all', 'allow']]],
  [2, 0, 'Sales', [['Magento_Backend::dashboard', 'allow'], ['Magento_Sales::sales', 'allow'], ['Magento_Sales::sales_order', 'allow'], ['Magento_Sales::actions', 'allow'], ['Magento_Customer::customer', 'deny']]],
  [3, 0, 'Catalog editors', [['Magento_Catalog::catalog', 'allow'], ['Magento_Catalog::products', 'allow'], ['Magento_Catalog::categories', 'allow'], ['Magento_Sales::sales', 'deny']]],
  [4, 0, 'Support', [['Magento_Customer::customer', 'allow'], ['Magento_Customer::manage', 'allow'], ['Magento_Sales::sales', 'deny']]],
  [5, 4, 'Support leads', [['Magento_Sales::sales', 'allow'], ['Magento_Sales::sales_order', 'allow']]],
];

export interface StaffCounts {
  users: number;
  inactive: number;
  locked: number;
  withResetToken: number;
  withoutRole: number;
  orphanUserRoles: number;
  sessions: number;
  passwordHistory: number;
  oauthTokens: number;
  integrations: number;
  twoFactor: number;
}

export function staffUserCount(ctx: Pick<SeedContext, 'profile'>): number {
  return Math.min(40, Math.max(8, Math.floor(ctx.profile.customers / 100)));
}

export function expectedStaff(ctx: Pick<SeedContext, 'profile'>): StaffCounts {
  const n = staffUserCount(ctx);
  return { users: n, inactive: 1, locked: 1, withResetToken: 1, withoutRole: 1, orphanUserRoles: 1, sessions: Math.ceil(n / 2), passwordHistory: n, oauthTokens: 2, integrations: 1, twoFactor: 2 };
}

/** Users 3 inactive, 4 locked, 5 with a reset token, 6 without a role; the others cycle through the groups. */
export const groupOf = (userId: number): number | null => (userId === 1 ? 1 : userId === 6 ? null : [2, 3, 4, 5][userId % 4]);

export async function createStaff(ctx: SeedContext): Promise<void> {
  const n = staffUserCount(ctx);
  const first = ['Alice', 'Bruno', 'Chloé', 'Dmitri', 'Eva', 'Farid', 'Greta', 'Hugo', 'Inès', 'Jonas'];
  const users = Array.from({ length: n }, (_, i) => {
    const id = i + 1;
    const name = first[i % first.length];
    return [
      id, name, `Staff${id}`, id === 1 ? 'admin@example.com' : `staff${id}@example.com`, id === 1 ? 'admin' : `${name.toLowerCase()}.${id}`,
      id === 1 ? ARGON_HASH : null, `2020-01-${String(1 + (id % 28)).padStart(2, '0')} 09:00:00`, '2024-01-01 00:00:00',
      id % 3 === 0 ? null : '2024-06-01 12:00:00', id % 7, id === 3 ? 0 : 1, id === 5 ? 'encrypted-reset-token' : null,
      id === 5 ? '2024-06-02 00:00:00' : null, id === 2 ? 'fr_FR' : 'en_US', id === 4 ? 6 : id === 7 ? 2 : 0,
      id === 4 || id === 7 ? '2024-06-01 10:00:00' : null, id === 4 ? '2037-12-31 00:00:00' : null,
    ];
  });
  await insertRows(ctx, 'admin_user', ['user_id', 'firstname', 'lastname', 'email', 'username', 'password', 'created', 'modified', 'logdate', 'lognum', 'is_active',
    'rp_token', 'rp_token_created_at', 'interface_locale', 'failures_num', 'first_failure', 'lock_expires'], users.map((u) => u.map((v, k) => (k === 5 && v === null ? '' : v))));
  // sha256(salt . password):salt:1, computed by MariaDB so the generator needs no hashing of its own.
  await run(ctx, 'admin_user (passwords)', `UPDATE admin_user SET password = CONCAT(SHA2(CONCAT('salt', user_id, 'x', 'Staff#', user_id, '-secret'), 256), ':salt', user_id, 'x:1'), modified = modified WHERE user_id > 1`);
  const roles: unknown[][] = STAFF_GROUPS.map(([id, parent, name]) => [id, parent, parent === 0 ? 1 : 2, 0, 'G', 0, '2', name]);
  let roleId = 100;
  for (let id = 1; id <= n; id++) {
    const g = groupOf(id);
    if (g === null) continue;
    const level = STAFF_GROUPS.find((r) => r[0] === g)![1] === 0 ? 2 : 3;
    roles.push([roleId++, g, level, 0, 'U', id, '2', first[(id - 1) % first.length]]);
  }
  // A user role left behind by a user deleted with foreign key checks off.
  roles.push([roleId++, 2, 2, 0, 'U', n + 50, '2', 'Deleted']);
  await insertRows(ctx, 'authorization_role', ['role_id', 'parent_id', 'tree_level', 'sort_order', 'role_type', 'user_id', 'user_type', 'role_name'], roles);
  let ruleId = 1;
  const rules = STAFF_GROUPS.flatMap(([role, , , list]) => list.map(([resource, permission]) => [ruleId++, role, resource, null, permission]));
  await insertRows(ctx, 'authorization_rule', ['rule_id', 'role_id', 'resource_id', 'privileges', 'permission'], rules);

  // The secrets: none of them may reach the destination.
  await insertRows(ctx, 'admin_user_session', ['id', 'session_id', 'user_id', 'status', 'created_at', 'updated_at', 'ip'],
    Array.from({ length: Math.ceil(n / 2) }, (_, i) => [i + 1, `sess${i + 1}abcdef`, 1 + i * 2, 1, '2024-06-01 12:00:00', '2024-06-01 12:30:00', '10.0.0.1']));
  await insertRows(ctx, 'admin_passwords', ['password_id', 'user_id', 'password_hash', 'expires', 'last_updated'],
    Array.from({ length: n }, (_, i) => [i + 1, i + 1, `old-hash-${i + 1}`, 0, 1700000000]));
  await insertRows(ctx, 'oauth_consumer', ['entity_id', 'created_at', 'updated_at', 'name', 'key', 'secret', 'callback_url', 'rejected_callback_url'],
    [[1, '2024-01-01 00:00:00', '2024-01-01 00:00:00', 'ERP', 'consumerkey000000000000000000001', 'consumersecret000000000000000001', null, '']]);
  await insertRows(ctx, 'integration', ['integration_id', 'name', 'email', 'endpoint', 'status', 'consumer_id', 'created_at', 'updated_at', 'setup_type'],
    [[1, 'ERP', 'erp@example.com', null, 1, 1, '2024-01-01 00:00:00', '2024-01-01 00:00:00', 0]]);
  await insertRows(ctx, 'oauth_token', ['entity_id', 'consumer_id', 'admin_id', 'customer_id', 'type', 'token', 'secret', 'verifier', 'callback_url', 'revoked', 'authorized', 'user_type', 'created_at'], [
    [1, 1, null, null, 'access', 'integrationtoken0000000000000001', 'integrationsecret000000000000001', null, 'oob', 0, 1, 1, '2024-01-01 00:00:00'],
    [2, null, 1, null, 'access', 'admintoken0000000000000000000001', 'adminsecret000000000000000000001', null, '', 0, 0, 2, '2024-01-01 00:00:00'],
  ]);
  await insertRows(ctx, 'tfa_user_config', ['config_id', 'user_id', 'encoded_config'], [[1, 1, 'encrypted-google-secret'], [2, 2, 'encrypted-authy-secret']]);
}
