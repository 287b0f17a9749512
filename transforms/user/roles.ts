/**
 * Magento's group roles (authorization_role, role_type G) and their rules (authorization_rule) onto the user
 * service's role tree. A rule without a resource or with a permission other than allow/deny is one Magento's
 * ACL loader (Magento\Authorization\Model\Acl\Loader\Rule) cannot apply: rejected, the role still loads. A
 * parent that is not a group role of the source leaves the role a root (counted). Pure.
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import type { SourceRole, SourceRule } from '../../sql/source/user/index.ts';
import { userContract as c } from '../../services/user/index.ts';

export interface RoleChildren {
  rules: SourceRule[];
}

export const roleUuid = (roleId: number): string => entityUuid('staff_role', roleId);

export function mapRoles(rows: readonly SourceRole[], children: Partial<RoleChildren>, allGroups: ReadonlySet<number>): Mapped {
  const roles: unknown[][] = [];
  const rules: unknown[][] = [];
  const rejects: Reject[] = [];
  const stats: Record<string, number> = {};
  for (const r of rows) {
    const id = Number(r.role_id);
    const parent = Number(r.parent_id);
    const known = parent > 0 && allGroups.has(parent);
    if (parent > 0 && !known) stats['roles.parent_missing'] = (stats['roles.parent_missing'] ?? 0) + 1;
    roles.push([roleUuid(id), id, known ? roleUuid(parent) : null, parent, Number(r.tree_level), Number(r.sort_order), r.role_name ?? `role ${id}`]);
  }
  for (const u of children.rules ?? []) {
    const key = `rule_id=${u.rule_id}`;
    if (!u.resource_id) {
      rejects.push({ sourceKey: key, reason: 'NO_RESOURCE', detail: `rule of role ${u.role_id} names no ACL resource` });
      continue;
    }
    if (u.permission !== 'allow' && u.permission !== 'deny') {
      rejects.push({ sourceKey: key, reason: 'UNKNOWN_PERMISSION', detail: `permission ${JSON.stringify(u.permission)} is neither allow nor deny` });
      continue;
    }
    rules.push([roleUuid(Number(u.role_id)), Number(u.rule_id), u.resource_id, u.permission, u.privileges]);
  }
  return {
    loadedRows: roles.length,
    tables: { [c.staff_role.table]: { columns: c.staff_role.columns, rows: roles }, [c.staff_role_rule.table]: { columns: c.staff_role_rule.columns, rows: rules } },
    rejects,
    stats,
    ids: rows.map((r) => ['staff_role', Number(r.role_id), roleUuid(Number(r.role_id))]),
  };
}
