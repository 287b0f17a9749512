/**
 * Newsletter subscriptions onto the notification service (pure): the status per store view, bound to the
 * customer's UUID (the customer context's, entityUuid('customer', id)) when customer_id > 0; the confirmation
 * code never copied (counted). Rejects:
 *  - NO_EMAIL (entity): a subscription without an address reaches nobody;
 *  - UNKNOWN_STATUS (entity): a status Magento\Newsletter\Model\Subscriber does not define;
 *  - CUSTOMER_DELETED (value): a customer_id whose customer is gone: kept as a guest subscription.
 */
import type { Mapped, Reject } from '../../core/batch.ts';
import { entityUuid } from '../../core/ids.ts';
import { notificationContract as c } from '../../services/notification/index.ts';
import type { SourceSubscriber } from '../../sql/source/notification/index.ts';
import { dateValue, hasNul } from '../values.ts';

/** Magento\Newsletter\Model\Subscriber::STATUS_*. */
export const SUBSCRIBER_STATUSES: Record<number, string> = { 1: 'subscribed', 2: 'not_activated', 3: 'unsubscribed', 4: 'unconfirmed' };

export interface SubscriberChildren {
  customers: Array<{ entity_id: number }>;
}

export function mapSubscribers(rows: readonly SourceSubscriber[], children: Partial<SubscriberChildren>): Mapped {
  const out: unknown[][] = [];
  const rejects: Reject[] = [];
  const stats: Record<string, number> = {};
  const inc = (k: string): void => void (stats[k] = (stats[k] ?? 0) + 1);
  const customers = new Set((children.customers ?? []).map((r) => Number(r.entity_id)));
  for (const r of rows) {
    const id = Number(r.subscriber_id);
    const key = `subscriber_id=${id}`;
    if (Number(r.has_confirm_code) === 1) inc('not_copied.subscriber_confirm_code');
    const email = r.subscriber_email?.trim() ?? '';
    if (email === '' || hasNul(email)) {
      rejects.push({ sourceKey: key, reason: 'NO_EMAIL', detail: 'a subscription without a usable e-mail address' });
      continue;
    }
    const status = SUBSCRIBER_STATUSES[Number(r.subscriber_status)];
    if (!status) {
      rejects.push({ sourceKey: key, reason: 'UNKNOWN_STATUS', detail: `subscriber_status ${r.subscriber_status}` });
      continue;
    }
    let customer: number | null = Number(r.customer_id) > 0 ? Number(r.customer_id) : null;
    if (customer !== null && !customers.has(customer)) {
      rejects.push({ sourceKey: `${key},column=customer_id`, reason: 'CUSTOMER_DELETED', detail: `customer ${customer} no longer exists: kept as a guest subscription` });
      customer = null;
    }
    inc(`subscribers.status=${status}`);
    if (customer === null) inc('subscribers.guest');
    out.push([
      entityUuid('newsletter_subscriber', id), id, r.store_id === null ? null : Number(r.store_id), email, email.toLowerCase(), Number(r.subscriber_status), status,
      customer === null ? null : entityUuid('customer', customer), customer, dateValue('timestamp', r.change_status_at, key, 'change_status_at', rejects),
    ]);
  }
  return { loadedRows: out.length, tables: { [c.subscriber.table]: { columns: c.subscriber.columns, rows: out } }, rejects, stats, ids: out.map((r) => ['newsletter_subscriber', r[1] as number, r[0] as string]) };
}
