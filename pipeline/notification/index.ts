/**
 * The notification context's migration: store views, newsletter subscriptions (their customers' existence
 * read per page), newsletter templates and transactional e-mail templates, into the notification service
 * (services/notification). Confirmation codes are counted, never copied.
 */
import { readCount, readRows } from '../../extractors/query.ts';
import type { SourceContext } from '../../extractors/source.ts';
import { notificationContract as c, notificationService } from '../../services/notification/index.ts';
import {
  confirmCodeCount, emailTemplateCount, emailTemplates, newsletterTemplateCount, newsletterTemplates, storeCount, stores, subscriberCount, subscriberCustomers, subscribers,
  type SourceSubscriber, type SourceTemplate,
} from '../../sql/source/notification/index.ts';
import { mapSubscribers, type SubscriberChildren } from '../../transforms/notification/subscribers.ts';
import { mapTemplates } from '../../transforms/notification/templates.ts';
import { declaredEntity } from '../declared-entity.ts';
import { check, reconciliationOf } from '../reconcile-support.ts';
import { storeViewsEntity } from '../store-views.ts';
import type { ContextMigration } from '../types.ts';
import { notificationVerify } from '../../verify/notification/index.ts';

/** Confirmation codes in the source (never read, never copied): counted once per run. */
const confirmCodes = (src: SourceContext): Promise<number> => src.memo('notification.confirmCodes', () => readCount(src.conn, confirmCodeCount));

const subscribersEntity = declaredEntity<SourceSubscriber, number, SubscriberChildren>('notification', {
  entity: 'subscribers',
  page: subscribers,
  count: subscriberCount,
  key: { columns: ['s.subscriber_id'], of: (r) => Number(r.subscriber_id) },
  enrich: {
    reads: [subscriberCustomers],
    async run(conn, page) {
      const ids = [...new Set(page.rows.filter((r) => Number(r.customer_id) > 0).map((r) => Number(r.customer_id)))];
      return { customers: ids.length ? await readRows(conn, subscriberCustomers, { ids }) : [] };
    },
  },
  lookups: [confirmCodeCount],
  prepare: confirmCodes,
  map: (p) => mapSubscribers(p.rows, p.children),
  writes: [c.subscriber],
  primaryTable: 'subscriber',
});

const templates = (kind: 'newsletter' | 'email') =>
  declaredEntity<SourceTemplate, undefined, object>('notification', {
    entity: `${kind}_templates`,
    page: kind === 'email' ? emailTemplates : newsletterTemplates,
    count: kind === 'email' ? emailTemplateCount : newsletterTemplateCount,
    key: { columns: ['t.template_id'], of: (r) => Number(r.template_id) },
    maxBatch: 200,
    map: (p) => mapTemplates(kind, p.rows),
    writes: [c.mail_template],
    primaryTable: 'mail_template',
  });

export const notificationMigration: ContextMigration = {
  name: 'notification',
  service: notificationService,
  entities: [storeViewsEntity('notification', c.store, stores, storeCount), subscribersEntity, templates('newsletter'), templates('email')],
  verify: notificationVerify,
  async reconcile({ entities, target, src }) {
    if (!target) return undefined;
    const by = new Map(entities.map((e) => [e.entity, e]));
    const n = async (sql: string): Promise<number> => Number((await target.query(sql)).rows[0].n);
    const subs = by.get('subscribers');
    const codes = await confirmCodes(src);
    return reconciliationOf([
      check('newsletter subscriptions', 'count', 'all', subs?.sourceCount ?? 0, await n('SELECT count(*)::int AS n FROM subscriber'), subs?.rejected ?? 0),
      check('newsletter templates', 'count', 'all', by.get('newsletter_templates')?.sourceCount ?? 0, await n("SELECT count(*)::int AS n FROM mail_template WHERE kind = 'newsletter'"), by.get('newsletter_templates')?.rejected ?? 0),
      check('e-mail templates', 'count', 'all', by.get('email_templates')?.sourceCount ?? 0, await n("SELECT count(*)::int AS n FROM mail_template WHERE kind = 'email'"), by.get('email_templates')?.rejected ?? 0),
      check('not copied: subscription confirmation codes (newsletter_subscriber.subscriber_confirm_code)', 'count', 'all', codes, 0, codes),
    ]);
  },
};
