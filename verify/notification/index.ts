/**
 * The notification context's verification: newsletter subscriptions (how many per status, every e-mail per
 * store view, on a sample the status, store view and customer) and the newsletter and e-mail templates
 * (every code). A confirmation code is never read.
 */
import * as q from '../../sql/verify/notification/index.ts';
import { tableVerifier } from '../table.ts';
import type { ContextVerify } from '../types.ts';

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** An e-mail as Magento\Newsletter\Model\Subscriber::loadBySubscriberEmail matches it: trimmed, any case. */
const emailPerStore = (r: Record<string, unknown>): string | null => {
  const email = str(r.email).trim().toLowerCase();
  return email === '' ? null : `${email}@${str(r.store)}`;
};

const subscribers = tableVerifier({
  entity: 'subscribers',
  sourceKeys: q.subscribersKeys,
  targetKeys: q.targetSubscribersKeys,
  keySets: [{ name: 'e-mail per store', key: emailPerStore }],
  label: (r) => `subscriber_id=${str(r.id)}`,
  measures: [{ source: q.subscribersPerStatus, target: q.targetSubscribersPerStatus }],
  fields: [{ source: q.subscriberFields, target: q.targetSubscriberFields }],
  sampleFrom: 'subscriber',
});

/** A template without a code is rejected as a whole (NO_CODE): in no key set. */
const code = (r: Record<string, unknown>): string | null => (str(r.code) === '' ? null : str(r.code));

const newsletterTemplates = tableVerifier({
  entity: 'newsletter_templates',
  sourceKeys: q.newsletterTemplatesKeys,
  targetKeys: q.targetNewsletterTemplatesKeys,
  keySets: [{ name: 'template code', key: code }],
  label: (r) => `template_id=${str(r.id)}`,
});

const emailTemplates = tableVerifier({
  entity: 'email_templates',
  sourceKeys: q.emailTemplatesKeys,
  targetKeys: q.targetEmailTemplatesKeys,
  keySets: [{ name: 'template code', key: code }],
  label: (r) => `template_id=${str(r.id)}`,
});

export const notificationVerify: ContextVerify = { entities: [subscribers, newsletterTemplates, emailTemplates] };
