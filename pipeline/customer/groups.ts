/** Customer groups with their tax class: one page (Magento stores hold a handful). */
import { customerContract as c, customerDocuments } from '../../services/customer/index.ts';
import { groupCount, groups, type SourceGroup } from '../../sql/source/customer/index.ts';
import { mapGroups } from '../../transforms/customer/groups-config.ts';
import { declaredEntity } from '../declared-entity.ts';

export const customerGroups = declaredEntity<SourceGroup, undefined, object>('customer', {
  entity: 'groups',
  page: groups,
  key: { columns: ['g.customer_group_id'], of: (r) => Number(r.customer_group_id) },
  count: groupCount,
  pageSize: 100_000,
  map: (page) => mapGroups(page.rows),
  writes: [c.customer_group],
  primaryTable: 'customer_group',
  // Group codes and tax classes are in the customers' documents: rebuild those built (none in a first run).
  project: () => [customerDocuments.refreshBuilt()],
});
