/**
 * Typed names of `verify`'s user queries: its own reading of Magento's admin_user and authorization_role
 * (MySQL) and of the user service's database (target-*, Postgres). Nothing here is shared with sql/source/user.
 */
import { defineQuery } from '../../query.ts';

export const roleFields = defineQuery('verify/user/role-fields');
export const rolesKeys = defineQuery('verify/user/roles-keys');
export const targetRoleFields = defineQuery('verify/user/target-role-fields');
export const targetRolesKeys = defineQuery('verify/user/target-roles-keys');
export const targetUserFields = defineQuery('verify/user/target-user-fields');
export const targetUsersKeys = defineQuery('verify/user/target-users-keys');
export const userFields = defineQuery('verify/user/user-fields');
export const usersKeys = defineQuery('verify/user/users-keys');
