/** Customer groups (with their tax class) and the customer settings of core_config_data, pure. */
import type { Mapped } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { customerContract as c } from '../../services/customer/index.ts';
import type { SourceConfig, SourceGroup } from '../../sql/source/customer/index.ts';
import type { GroupRef } from './documents.ts';

/** The settings the service honours (see services/customer/repository.ts readSettings). */
export const CUSTOMER_CONFIG_PATHS = ['customer/account_share/scope', 'customer/password/lockout_failures', 'customer/password/lockout_threshold', 'customer/create_account/confirm'];

/** Groups by Magento id as mapGroups stores them: code, tax class id and name. */
export function groupRefs(rows: readonly SourceGroup[]): Map<number, GroupRef> {
  return new Map(rows.map((g) => [Number(g.customer_group_id), { code: g.customer_group_code, taxClassId: g.tax_class_id === null ? null : Number(g.tax_class_id), taxClassName: g.class_name }]));
}

export function mapGroups(rows: readonly SourceGroup[]): Mapped {
  const out = rows.map((g) => [entityUuid('customer_group', Number(g.customer_group_id)), Number(g.customer_group_id), g.customer_group_code, g.tax_class_id === null ? null : Number(g.tax_class_id), g.class_name]);
  const dangling = rows.filter((g) => g.tax_class_id !== null && Number(g.tax_class_id) !== 0 && g.class_name === null);
  return {
    loadedRows: out.length,
    tables: { customer_group: { columns: c.customer_group.columns, rows: out } },
    rejects: dangling.map((g) => ({ sourceKey: `customer_group_id=${g.customer_group_id},attribute=tax_class_id`, reason: 'DANGLING_REFERENCE', detail: `tax_class_id=${g.tax_class_id} does not exist` })),
    ids: rows.map((g) => ['customer_group', Number(g.customer_group_id), entityUuid('customer_group', Number(g.customer_group_id))]),
  };
}

export function mapConfig(rows: readonly SourceConfig[]): Mapped {
  return {
    loadedRows: rows.length,
    tables: { config: { columns: c.config.columns, rows: rows.map((r) => [r.path, r.scope, Number(r.scope_id), r.value]) } },
    rejects: [],
  };
}
