/** What an import writes into the user service. Checked against migrations/ by test/architecture/contracts.test.ts. */
import { contractOf, table } from '../kit/index.ts';

export const staffRole = table('staff_role', ['id', 'magento_id', 'parent_id', 'parent_magento_id', 'tree_level', 'sort_order', 'name'], ['id']);
export const staffRoleRule = table('staff_role_rule', ['role_id', 'magento_id', 'resource_id', 'permission', 'privileges'], ['role_id', 'magento_id']);
export const staffUser = table('staff_user', [
  'id', 'magento_id', 'firstname', 'lastname', 'email', 'username', 'username_key', 'is_active', 'interface_locale', 'created_at', 'modified_at', 'last_login_at', 'login_count',
], ['id']);
export const staffCredentials = table('staff_credentials', ['user_id', 'password_hash', 'password_algorithm', 'migrated_algorithm', 'failures_num', 'first_failure', 'lock_expires'], ['user_id']);
export const staffUserRole = table('staff_user_role', ['user_id', 'role_id', 'magento_id'], ['user_id', 'role_id']);
export const userSetting = table('user_setting', ['path', 'value'], ['path']);

export const userContract = contractOf(staffRole, staffRoleRule, staffUser, staffCredentials, staffUserRole, userSetting);
